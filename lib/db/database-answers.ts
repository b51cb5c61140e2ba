import "server-only";
import { getDatabase } from ".";

/**
 * Whether the database answers a trivial query right now. Asked only where a failure is already likely or costly:
 * before a cached read that a write invalidated is served stale (lib/cache/stale-while-error-cache.mjs) and
 * when a page failed (lib/http/http-edge.ts). `SELECT 1` has no fault of its own to hit, so any error means no: the
 * first query after the server went away can fail on a dropped pooled connection with an error of no known kind.
 */
export async function databaseAnswers(): Promise<boolean> {
  try {
    const db = await getDatabase();
    await db.prisma.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
