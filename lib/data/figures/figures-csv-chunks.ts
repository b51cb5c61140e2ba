import "server-only";
import { figuresToCsv } from "../../csv/figure-csv";
import { getDatabase } from "../../db";
import type { FigureFilter } from "../../filters/figure-filter";
import { copyFiguresCsv } from "./copy-figures-csv";
import { streamFigures } from "./stream-figures";

/**
 * The figures CSV of a selection, chunk by chunk: the header, then rows in id order. On a PostgreSQL server the
 * rows come from COPY; on the embedded database from keyset batches written by csv-stringify. Same bytes either way.
 */
export async function* figuresCsvChunks(selection: { filter?: FigureFilter; ids?: number[] }, signal: AbortSignal): AsyncGenerator<string | Uint8Array> {
  yield figuresToCsv([], { header: true });
  if (selection.ids?.length === 0) return;
  const db = await getDatabase();
  if (db.pgPool) {
    yield* copyFiguresCsv(db.pgPool, selection, signal);
    return;
  }
  for await (const batch of streamFigures(selection, { signal })) yield figuresToCsv(batch, { header: false });
}
