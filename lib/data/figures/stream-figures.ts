import "server-only";
import type { Reader } from "../reader";
import { sql } from "kysely";
import type { FigureFilter } from "../../filters/figure-filter";
import type { FigureView } from "../types";
import { figureFilterConditions } from "./get-figures";
import { selectFigures } from "./select-figures";

/**
 * Figures matching a filter (or with the given ids), in id order, a batch at a time by keyset pagination
 * (`id > last`), so an export of a million figures holds one batch in memory and each query is an index
 * range scan. Stops between batches once `signal` is aborted (the client went away).
 */
export async function* streamFigures(
  db: Reader,
  selection: { filter?: FigureFilter; ids?: number[] },
  { batchSize = 2_000, signal }: { batchSize?: number; signal?: AbortSignal } = {},
): AsyncGenerator<FigureView[]> {
  const { kysely } = db;
  const idCondition = selection.ids ? [sql`f.id = ANY(${selection.ids}::int[])`] : [];
  let lastId = 0;
  while (!signal?.aborted) {
    const conditions = [...figureFilterConditions(selection.filter ?? {}), ...idCondition, sql`f.id > ${lastId}`];
    const batch = await selectFigures(kysely, conditions, sql`ORDER BY f.id LIMIT ${batchSize}`);
    if (batch.length === 0) return;
    yield batch;
    lastId = batch[batch.length - 1]!.id;
    if (batch.length < batchSize) return;
  }
}
