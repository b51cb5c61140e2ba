import "server-only";
import { getDatabase } from "../db";
import type { Database } from "../db/connect";
import { kyselyAsOf } from "../db/kysely";
import type { AsOf } from "../filters/as-of";
import type { Reader } from "./reader";

/**
 * The database as it stands now, or as it stood at `asOf`: what a route hands the data layer for a public read.
 * With a replica (DATABASE_REPLICA_URL) it reads there; every write waits for the replica before its pages are
 * dropped from the cache (lib/cache/invalidate-for.ts), so what is read again after a write holds that write.
 */
export async function readerAt(asOf: AsOf): Promise<Reader> {
  const db = await getDatabase();
  const reads = db.replica ?? db;
  return asOf === null ? { kysely: reads.kysely, ...(reads.pgPool ? { pgPool: reads.pgPool } : {}) } : pastReader(reads, new Date(asOf));
}

/**
 * The database as it stood at a moment (lib/db/kysely.ts `kyselyAsOf`). It has no COPY pool: a COPY would read the
 * tables of today, so exports of the past take the batched path.
 */
export function pastReader(db: Pick<Database, "prisma">, moment: Date): Reader {
  return { kysely: kyselyAsOf(db.prisma, moment), asOf: moment };
}
