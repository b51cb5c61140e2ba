import "server-only";
import type { Database } from "./connect";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the replica has replayed everything the primary has written so far (its WAL position now), or for
 * `timeoutMs`; says whether it caught up. True at once without a replica. A write calls it before it drops its
 * cached pages, so the pages read again from the replica hold that write (read-your-writes for the editor and
 * everyone after).
 */
export async function replicaCaughtUp(db: Pick<Database, "prisma" | "replica">, timeoutMs = 10_000): Promise<boolean> {
  if (!db.replica) return true;
  const [{ lsn }] = await db.prisma.$queryRawUnsafe<[{ lsn: string }]>("SELECT pg_current_wal_lsn()::text AS lsn");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ caught }] = await db.replica.prisma.$queryRawUnsafe<[{ caught: boolean | null }]>(
      "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS caught",
      lsn,
    );
    if (caught) return true;
    if (Date.now() > deadline) return false;
    await pause(20);
  }
}
