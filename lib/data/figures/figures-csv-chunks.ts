import "server-only";
import { figuresToCsv } from "../../csv/figure-csv";
import type { Reader } from "../reader";
import type { FigureFilter } from "../../filters/figure-filter";
import { copyFiguresCsv } from "./copy-figures-csv";
import { streamFigures } from "./stream-figures";
import { figureOutcomes } from "../claims/figure-outcomes";
import { todayIso } from "../../claims/claim-outcome";

/**
 * The figures CSV of a selection, chunk by chunk: the header, then rows in id order. On a PostgreSQL server the
 * rows come from COPY; on the embedded database from keyset batches written by csv-stringify. Same bytes either way,
 * outcomes included (decided once per batch of rows by lib/claims).
 */
export async function* figuresCsvChunks(
  db: Reader,
  selection: { filter?: FigureFilter; ids?: number[] },
  signal: AbortSignal,
): AsyncGenerator<string | Uint8Array> {
  yield figuresToCsv([], { header: true });
  if (selection.ids?.length === 0) return;
  // One day for the whole file: an export running past midnight does not change its mind half-way.
  const today = todayIso();
  if (db.pgPool) {
    yield* copyFiguresCsv(db, selection, signal, today);
    return;
  }
  for await (const batch of streamFigures(db, selection, { signal })) {
    yield figuresToCsv(batch, { header: false, outcomes: await figureOutcomes(db, batch, today) });
  }
}
