import "server-only";
import { sql } from "kysely";
import type { Reader } from "../reader";
import { liveFigures } from "../live-figures";

/** At most this many publishers are offered to the figure list's source filter; any other can still be typed. */
export const sourcePublisherLimit = 1_000;

/**
 * The publishers the public figures cite, A to Z, for the figure list's source filter. A loose index scan (one
 * step of figures_sort_source_idx per publisher) rather than a DISTINCT over every figure, so a million figures
 * from a few hundred sources cost a few hundred index probes.
 */
export async function getSourcePublishers(db: Reader): Promise<string[]> {
  const { kysely } = db;
  const { rows } = await sql<{ publisher: string }>`
    WITH RECURSIVE publishers(publisher) AS (
      SELECT min(f.source_publisher) FROM ${liveFigures(kysely)} f
      UNION ALL
      SELECT (SELECT min(f.source_publisher) FROM ${liveFigures(kysely)} f WHERE f.source_publisher > publishers.publisher)
      FROM publishers WHERE publishers.publisher IS NOT NULL
    )
    SELECT publisher FROM publishers WHERE publisher IS NOT NULL LIMIT ${sourcePublisherLimit}`.execute(kysely);
  return rows.map((row) => row.publisher);
}
