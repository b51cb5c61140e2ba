import "server-only";
import { getPrisma } from "../../db";

/** At most this many publishers are offered to the figure list's source filter; any other can still be typed. */
export const sourcePublisherLimit = 1_000;

/**
 * The publishers the public figures cite, A to Z, for the figure list's source filter. A loose index scan (one
 * step of figures_sort_source_idx per publisher) rather than a DISTINCT over every figure, so a million figures
 * from a few hundred sources cost a few hundred index probes.
 */
export async function getSourcePublishers(): Promise<string[]> {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<{ publisher: string }[]>`
    WITH RECURSIVE publishers(publisher) AS (
      SELECT min(source_publisher) FROM figures WHERE deleted_at IS NULL
      UNION ALL
      SELECT (SELECT min(f.source_publisher) FROM figures f WHERE f.source_publisher > publishers.publisher AND f.deleted_at IS NULL)
      FROM publishers WHERE publishers.publisher IS NOT NULL
    )
    SELECT publisher FROM publishers WHERE publisher IS NOT NULL LIMIT ${sourcePublisherLimit}`;
  return rows.map((row) => row.publisher);
}
