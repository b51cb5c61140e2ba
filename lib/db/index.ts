import "server-only";
import { noteDatabaseRead } from "../cache/page-render-scope";
import { getConfig } from "../config";
import { connectDatabase, type Database } from "./connect";
import { prepareDatabase } from "./prepare-database";

// One database per server process. The promise lives on globalThis because Next.js bundles instrumentation
// and route code separately: a module-level variable would open the embedded database twice.
const globalForDb = globalThis as typeof globalThis & { corridorWatchDb?: Promise<Database> };

async function openAndPrepare(): Promise<Database> {
  const config = getConfig();
  const db = await connectDatabase(config.database);
  try {
    await prepareDatabase(db, config.database);
    return db;
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}

/** The ready database (migrated and seeded if embedded). A failed attempt is not cached: the next call retries. */
export function getDatabase(): Promise<Database> {
  // Outside a cached read, a page being rendered cannot be kept in the rendered-page cache (lib/http/page-cache.ts).
  noteDatabaseRead();
  globalForDb.corridorWatchDb ??= openAndPrepare().catch((error: unknown) => {
    globalForDb.corridorWatchDb = undefined;
    throw error;
  });
  return globalForDb.corridorWatchDb;
}
