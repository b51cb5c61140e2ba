import "server-only";
import type { Reader } from "../reader";

/**
 * How far public data has come: the number of transactions that changed it and when the latest did
 * (data_changes, kept by triggers; see prisma/schema.prisma). Read before the data itself, so a write landing in
 * between gives a response newer than its validator (re-sent on the next request), never an old body under a new
 * validator (a false 304 later).
 *
 * One place for every public GET's validator: a view of the data as it stood at a past moment (`asOf`, to come)
 * would take that moment here, since the past no longer changes.
 */
export type DataVersion = { changes: bigint; changedAt: Date | null };

export async function getDataVersion(db: Reader): Promise<DataVersion> {
  const { kysely } = db;
  const row = await kysely
    .selectFrom("data_changes")
    .select((eb) => [eb.fn.countAll<bigint>().as("changes"), eb.fn.max<Date | null>("changed_at").as("changed_at")])
    .executeTakeFirst();
  return { changes: row?.changes ?? 0n, changedAt: row?.changed_at ?? null };
}
