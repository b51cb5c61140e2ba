import "server-only";
import { revalidateTag } from "next/cache";
import { getDatabase } from "../db";
import { replicaCaughtUp } from "../db/replica-lag";
import type { RecordType } from "../generated/prisma/client";
import { splitSlugList } from "../admin/records/slug-list";
import { tagsForChange, type DataChange, type EventState, type FigureState } from "./data-tags";
import { scheduleClaimEvidenceRefresh } from "../data/claims/claim-evidence";

/**
 * Called by every write once it is stored: the cached reads showing what it changed are dropped (on every instance
 * when the cache is in Redis), so the next load reads them again. `{ expire: 0 }`: the next reader must see the
 * change, not a stale copy refreshed in the background (what revalidateTag's "max" profile would serve). With a
 * read replica, first waits until the replica holds the write, or the pages read again would cache the old data.
 */
export async function invalidateFor(change: DataChange): Promise<void> {
  const db = await getDatabase();
  if (!(await replicaCaughtUp(db)))
    console.error(
      "Corridor Watch: the read replica is more than 10 s behind; pages may show the data before this write until it catches up.",
    );
  for (const tag of tagsForChange(change)) revalidateTag(tag, { expire: 0 });
  // The stored claim evidence is current only while no data has changed since it was written (any write counts,
  // lib/data/claims/claim-evidence.ts): until it is rewritten, the claims list and the CSV decide it themselves.
  scheduleClaimEvidenceRefresh(async () => (await getDatabase()).prisma);
}

type Snapshot = Record<string, unknown>;

const text = (value: unknown) => (typeof value === "string" ? value : "");
const isSnapshot = (value: unknown): value is Snapshot => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A single admin write, named by the record and the version it left: what it changed is read from the revision
 * that write recorded (its state before and after), so a figure moved to another metric invalidates both metrics,
 * without each write path having to carry its "before" out to the caller.
 */
export async function invalidateWrite(written: { kind: "figure" | RecordType; id: number; version: number }): Promise<void> {
  if (written.kind === "route") return invalidateFor({ kind: "routes" });
  if (written.kind === "metric") return invalidateFor({ kind: "metrics" });
  if (written.kind === "ruling") return invalidateFor({ kind: "rulings" });
  const { prisma } = await getDatabase();
  const revision = await prisma.recordRevision.findFirst({
    where: { recordType: written.kind, recordId: written.id, version: written.version },
    select: { before: true, after: true },
  });
  const snapshots: Snapshot[] = [];
  for (const value of [revision?.before, revision?.after]) if (isSnapshot(value)) snapshots.push(value);
  if (written.kind === "figure") {
    const states: FigureState[] = snapshots.map((snapshot) => ({ metric: text(snapshot.metric), route: text(snapshot.route) || null }));
    return invalidateFor({ kind: "figures", states });
  }
  const states: EventState[] = snapshots.map((snapshot) => ({
    route: text(snapshot.route) || null,
    metrics: splitSlugList(text(snapshot.metrics)),
  }));
  return invalidateFor({ kind: "events", states });
}
