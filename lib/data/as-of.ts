import "server-only";
import { getDatabase } from "../db";
import type { Database } from "../db/connect";
import { kyselyAsOf } from "../db/kysely";
import type { AsOf } from "../filters/as-of";
import type { Reader } from "./reader";

/** The database as it stands now, or as it stood at `asOf`: what a route hands the data layer. */
export async function readerAt(asOf: AsOf): Promise<Reader> {
  const db = await getDatabase();
  return asOf === null ? db : pastReader(db, new Date(asOf));
}

/**
 * The database as it stood at a moment (lib/db/kysely.ts `kyselyAsOf`). It has no COPY pool: a COPY would read the
 * tables of today, so exports of the past take the batched path.
 */
export function pastReader(db: Pick<Database, "prisma">, moment: Date): Reader {
  return { kysely: kyselyAsOf(db.prisma, moment), asOf: moment };
}
