import "server-only";
import type { PrismaClient } from "../../generated/prisma/client";
import { kyselyOver } from "../../db/kysely";
import { sql } from "kysely";
import { claimEvidenceCurrent, rewriteClaimEvidenceSql } from "./figure-outcome-sql";

// The claims list and the CSV export give every plan and forecast its outcome; deciding the evidence part of it
// (a hash join of every reported figure's amounts) is most of their time at a million figures. So the verdicts
// are kept in claim_evidence, rewritten whole after writes, in the background; readers use them only in a
// snapshot where they are current (claimEvidenceCurrent), and otherwise decide in the query as before. A write is
// therefore never shown against stale evidence: until the rewrite lands, pages take the slower path.

/** pg_advisory lock key of the rewrite: one at a time per database. */
const rewriteLock = 4_171_937;

/**
 * Rewrites claim_evidence from the data as it stands, unless another rewrite is running ("busy"). On a database
 * with nothing changed since the last rewrite, it only checks.
 */
export async function refreshClaimEvidence(prisma: PrismaClient): Promise<"rewritten" | "current" | "busy"> {
  return prisma.$transaction(
    async (tx) => {
      const db = { kysely: kyselyOver(tx) };
      const {
        rows: [lock],
      } = await sql<{ locked: boolean; current: boolean }>`
        SELECT pg_try_advisory_xact_lock(${rewriteLock}) AS locked, ${claimEvidenceCurrent} AS current`.execute(db.kysely);
      if (!lock?.locked) return "busy";
      if (lock.current) return "current";
      const statement = (await rewriteClaimEvidenceSql(db)).compile(db.kysely);
      await tx.$executeRawUnsafe(statement.sql, ...statement.parameters);
      return "rewritten";
    },
    // At a million figures the rewrite takes seconds; the default 5 s transaction limit is for editors' writes.
    { maxWait: 30_000, timeout: 600_000 },
  );
}

const globalForRefresh = globalThis as typeof globalThis & {
  corridorWatchEvidenceRefresh?: { timer: NodeJS.Timeout | null; running: boolean; again: boolean };
};

/**
 * Asks for a rewrite soon, after writes (lib/cache/invalidate-for.ts) and at start-up: a burst of writes makes one
 * rewrite, half a second after the last; a write during a rewrite makes another after it.
 */
export function scheduleClaimEvidenceRefresh(getPrisma: () => Promise<PrismaClient>, delayMs = 500): void {
  const state = (globalForRefresh.corridorWatchEvidenceRefresh ??= { timer: null, running: false, again: false });
  if (state.running) {
    state.again = true;
    return;
  }
  if (state.timer) clearTimeout(state.timer);
  state.timer = setTimeout(() => {
    state.timer = null;
    state.running = true;
    getPrisma()
      .then((prisma) => refreshClaimEvidence(prisma))
      .then((result) => {
        if (result === "busy") state.again = true;
      })
      .catch((error: unknown) => {
        console.error(`Corridor Watch: claim evidence not rewritten (${String(error)}); the claims list decides it per request.`);
      })
      .finally(() => {
        state.running = false;
        if (state.again) {
          state.again = false;
          scheduleClaimEvidenceRefresh(getPrisma, 2_000);
        }
      });
  }, delayMs);
  state.timer.unref?.();
}
