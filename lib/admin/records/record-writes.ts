import "server-only";
import type { Database } from "../../db/connect";
import { Prisma } from "../../generated/prisma/client";
import type { RecordDefinition, StoredRecord, Tx } from "./record-definition";
import {
  recordFieldErrorsOf,
  valuesOf,
  type AdminRecord,
  type RecordFieldErrors,
  type RecordSnapshot,
  type RecordValues,
} from "./record-types";

// Every change to a record of any kind – figure, route, metric, event, ruling; create, update, delete, restore –
// happens here, in one transaction with the revision that records it (record_revisions). Updates and deletes lock
// the row and compare versions, so of two editors saving the same version one wins and the other is told, with the
// winner's values: nothing is overwritten silently. A hard delete removes the row but its revision keeps every
// value, and a restore puts the row back under its old id; a soft delete (figures) keeps the row, marked deleted.
// The `…In` functions run in a transaction the caller holds (the CSV import, the seed's corrections).

export type RecordWriteResult<Values extends RecordValues> =
  | { ok: true; record: AdminRecord<Values>; /** The save changed nothing: no new version, no revision. */ unchanged?: boolean }
  | { ok: false; kind: "invalid"; fieldErrors: RecordFieldErrors }
  | { ok: false; kind: "conflict"; current: RecordSnapshot<Values> }
  | { ok: false; kind: "not_found" };

type Action = "create" | "update" | "delete" | "restore";
type AnyDefinition<Values extends RecordValues> = RecordDefinition<Values, unknown, unknown>;

function toAdminRecord<Values extends RecordValues>(id: number, stored: StoredRecord<Values>): AdminRecord<Values> {
  return { ...stored.values, id, version: stored.version, updatedAt: stored.updatedAt.toISOString() };
}

const snapshotOf = <Values extends RecordValues>(
  stored: StoredRecord<Values>,
  deleted = stored.deleted ?? false,
): RecordSnapshot<Values> => ({
  ...stored.values,
  version: stored.version,
  deleted,
  ...(stored.seedKey ? { seedKey: stored.seedKey } : {}),
});

async function recordRevision<Values extends RecordValues>(
  tx: Tx,
  definition: AnyDefinition<Values>,
  recordId: number,
  editorId: number | null,
  action: Action,
  version: number,
  before: RecordSnapshot<Values> | null,
  after: RecordSnapshot<Values> | null,
  comment: string | null = null,
) {
  await tx.recordRevision.create({
    data: {
      recordType: definition.type,
      recordId,
      editorId,
      action,
      version,
      before: before ?? Prisma.DbNull,
      after: after ?? Prisma.DbNull,
      comment,
    },
  });
}

export const baselineComment = "The state it had before its first recorded change (seed data or an earlier import)";

/**
 * A record that has never been changed through here (seeded, or from before history was kept) has no revision:
 * its first change then records its state as it was, so that state is in its history and can be restored.
 */
async function recordBaseline<Values extends RecordValues>(
  tx: Tx,
  definition: AnyDefinition<Values>,
  id: number,
  current: StoredRecord<Values>,
) {
  const any = await tx.recordRevision.findFirst({ where: { recordType: definition.type, recordId: id }, select: { id: true } });
  if (!any) await recordRevision(tx, definition, id, null, "create", current.version, null, snapshotOf(current), baselineComment);
}

/** The newest revision of a record, which for a deleted record holds its last values. */
async function latestRevision(tx: Tx, type: AnyDefinition<RecordValues>["type"], recordId: number) {
  return tx.recordRevision.findFirst({ where: { recordType: type, recordId }, orderBy: { id: "desc" } });
}

/**
 * Locks the record's row for this transaction; says whether it is missing or at another version than expected. A
 * soft-deleted record counts as missing, except to a restore or a seed correction (`allowDeleted`).
 */
async function lockForChange<Values extends RecordValues>(
  tx: Tx,
  definition: AnyDefinition<Values>,
  id: number,
  expectedVersion: number,
  { allowDeleted = false }: { allowDeleted?: boolean } = {},
) {
  const locked = await tx.$queryRaw<
    { version: number }[]
  >`SELECT version FROM ${Prisma.raw(`"${definition.table}"`)} WHERE id = ${id} FOR UPDATE`;
  const current = locked[0] ? await definition.read(tx, id) : null;
  if (!current || (current.deleted && !allowDeleted)) return { ok: false as const, kind: "not_found" as const };
  if (current.version !== expectedVersion) return { ok: false as const, kind: "conflict" as const, current: snapshotOf(current) };
  return { ok: true as const, current };
}

/**
 * What the database refused when two writes raced past the checks made inside the transaction (only PostgreSQL
 * runs transactions side by side): a unique index (two editors took one slug, or restored one record, at once)
 * or a foreign key (what the record refers to was deleted meanwhile).
 */
function raceOf(error: unknown): { kind: "unique"; fields: string[] } | { kind: "foreign_key" } | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (error.code === "P2003") return { kind: "foreign_key" };
  if (error.code !== "P2002") return null;
  const meta = (error.meta ?? {}) as {
    target?: unknown;
    driverAdapterError?: { cause?: { constraint?: { fields?: unknown; index?: unknown } } };
  };
  const constraint = meta.driverAdapterError?.cause?.constraint;
  const named = [meta.target, constraint?.fields, constraint?.index].flat().filter((field): field is string => typeof field === "string");
  return { kind: "unique", fields: named };
}

function raceResult<Values extends RecordValues>(error: unknown, noun: string): RecordWriteResult<Values> | null {
  const race = raceOf(error);
  if (!race) return null;
  if (race.kind === "foreign_key") {
    return {
      ok: false,
      kind: "invalid",
      fieldErrors: {
        record: [`What this ${noun} refers to was deleted by another editor meanwhile. Nothing was saved; reload and check.`],
      },
    };
  }
  if (race.fields.some((field) => field.includes("slug"))) {
    return { ok: false, kind: "invalid", fieldErrors: { slug: [`Another ${noun} was just saved with this slug; choose another`] } };
  }
  return null;
}

/** Runs a write in its own transaction, turning a lost race the database caught into the editor's terms. */
async function inTransaction<Values extends RecordValues>(
  db: Database,
  noun: string,
  write: (tx: Tx) => Promise<RecordWriteResult<Values>>,
): Promise<RecordWriteResult<Values>> {
  try {
    return await db.prisma.$transaction(write);
  } catch (error) {
    const result = raceResult<Values>(error, noun);
    if (result) return result;
    throw error;
  }
}

/** Whether the input would store what the record holds: both as the kind's schema reads them. */
function sameInput<Values extends RecordValues>(definition: AnyDefinition<Values>, current: Values, input: unknown): boolean {
  const parsed = definition.schema.safeParse(current);
  return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(input);
}

type WriteOptions = { comment?: string | null };

export async function createRecordIn<Values extends RecordValues, Input, Columns>(
  tx: Tx,
  definition: RecordDefinition<Values, Input, Columns>,
  editorId: number | null,
  input: Input,
  { comment = null }: WriteOptions = {},
): Promise<RecordWriteResult<Values>> {
  const columns = await definition.columns(tx, input, null);
  if (!columns.ok) return { ok: false, kind: "invalid", fieldErrors: columns.fieldErrors };
  const id = await definition.insert(tx, columns.columns);
  const created = (await definition.read(tx, id))!;
  await recordRevision(tx, definition, id, editorId, "create", created.version, null, snapshotOf(created), comment);
  return { ok: true, record: toAdminRecord(id, created) };
}

export function createRecord<Values extends RecordValues, Input, Columns>(
  db: Database,
  definition: RecordDefinition<Values, Input, Columns>,
  editorId: number | null,
  input: Input,
  options: WriteOptions = {},
): Promise<RecordWriteResult<Values>> {
  return inTransaction(db, definition.noun, (tx) => createRecordIn(tx, definition, editorId, input, options));
}

/**
 * Saves the input over the record if it is still at `expectedVersion`. Input that stores what the record already
 * holds writes nothing (no version, no revision) and says so. `allowDeleted`: a seed correction also corrects a
 * soft-deleted figure, which stays deleted.
 */
export async function updateRecordIn<Values extends RecordValues, Input, Columns>(
  tx: Tx,
  definition: RecordDefinition<Values, Input, Columns>,
  editorId: number | null,
  id: number,
  expectedVersion: number,
  input: Input,
  { comment = null, allowDeleted = false }: WriteOptions & { allowDeleted?: boolean } = {},
): Promise<RecordWriteResult<Values>> {
  const lock = await lockForChange(tx, definition, id, expectedVersion, { allowDeleted });
  if (!lock.ok) return lock;
  if (sameInput(definition, lock.current.values, input)) return { ok: true, record: toAdminRecord(id, lock.current), unchanged: true };
  const columns = await definition.columns(tx, input, { id, values: lock.current.values });
  if (!columns.ok) return { ok: false, kind: "invalid", fieldErrors: columns.fieldErrors };
  await recordBaseline(tx, definition, id, lock.current);
  await definition.update(tx, id, columns.columns);
  const updated = (await definition.read(tx, id))!;
  await recordRevision(tx, definition, id, editorId, "update", updated.version, snapshotOf(lock.current), snapshotOf(updated), comment);
  return { ok: true, record: toAdminRecord(id, updated) };
}

export function updateRecord<Values extends RecordValues, Input, Columns>(
  db: Database,
  definition: RecordDefinition<Values, Input, Columns>,
  editorId: number | null,
  id: number,
  expectedVersion: number,
  input: Input,
  options: WriteOptions = {},
): Promise<RecordWriteResult<Values>> {
  return inTransaction(db, definition.noun, (tx) => updateRecordIn(tx, definition, editorId, id, expectedVersion, input, options));
}

/** Deletes the record if it is still at the version the editor saw and nothing uses it; its history keeps it. */
export async function deleteRecord<Values extends RecordValues, Input, Columns>(
  db: Database,
  definition: RecordDefinition<Values, Input, Columns>,
  editorId: number,
  id: number,
  expectedVersion: number,
): Promise<RecordWriteResult<Values>> {
  return db.prisma.$transaction(async (tx): Promise<RecordWriteResult<Values>> => {
    const lock = await lockForChange(tx, definition, id, expectedVersion);
    if (!lock.ok) return lock;
    const reason = await definition.inUse(tx, id);
    if (reason) return { ok: false, kind: "invalid", fieldErrors: { record: [reason] } };
    await recordBaseline(tx, definition, id, lock.current);
    await definition.remove(tx, id);
    const version = lock.current.version + 1;
    // A soft-deleted record's state after is the deleted row; a hard-deleted one has none.
    const after = definition.softDelete ? snapshotOf((await definition.read(tx, id))!, true) : null;
    await recordRevision(tx, definition, id, editorId, "delete", version, snapshotOf(lock.current), after);
    return { ok: true, record: { ...toAdminRecord(id, lock.current), version } };
  });
}

/** The state a revision brought the record to: its `after`, or for a deletion the state before it. */
export function revisionTarget<Values extends RecordValues>(revision: { before: unknown; after: unknown }): RecordSnapshot<Values> {
  const after = revision.after as RecordSnapshot<Values> | null;
  return (after && !after.deleted ? after : revision.before) as RecordSnapshot<Values>;
}

/**
 * Brings a record back to the state a revision recorded (its `after`, or for a deletion the state before it),
 * re-creating it under its old id if it was deleted, or unmarking it if it was soft-deleted. History is not
 * rewritten: the restore is a new revision. `expectedVersion` is the version the editor saw: the record's, or for
 * a hard-deleted record its deletion's.
 */
export async function restoreRecord<Values extends RecordValues, Input, Columns>(
  db: Database,
  definition: RecordDefinition<Values, Input, Columns>,
  editorId: number,
  id: number,
  revisionId: number,
  expectedVersion: number,
): Promise<RecordWriteResult<Values>> {
  try {
    return await db.prisma.$transaction(async (tx): Promise<RecordWriteResult<Values>> => {
      const revision = await tx.recordRevision.findFirst({ where: { id: revisionId, recordType: definition.type, recordId: id } });
      if (!revision) return { ok: false, kind: "not_found" };
      const target = revisionTarget<Values>(revision);
      // A revision from before a validation rule existed may not pass it now: say so rather than restore it.
      const parsed = definition.schema.safeParse(valuesOf<Values>(definition.labels, target));
      if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: recordFieldErrorsOf(parsed.error) };
      const comment = `Restored the state of version ${revision.version}`;

      const locked = await tx.$queryRaw<
        { id: number }[]
      >`SELECT id FROM ${Prisma.raw(`"${definition.table}"`)} WHERE id = ${id} FOR UPDATE`;
      if (locked.length > 0) {
        const lock = await lockForChange(tx, definition, id, expectedVersion, { allowDeleted: Boolean(definition.softDelete) });
        if (!lock.ok) return lock;
        const columns = await definition.columns(tx, parsed.data, { id, values: lock.current.values });
        if (!columns.ok) return { ok: false, kind: "invalid", fieldErrors: columns.fieldErrors };
        await definition.update(tx, id, columns.columns);
        if (lock.current.deleted) await definition.softDelete?.undelete(tx, id);
        const restored = (await definition.read(tx, id))!;
        await recordRevision(
          tx,
          definition,
          id,
          editorId,
          "restore",
          restored.version,
          snapshotOf(lock.current),
          snapshotOf(restored),
          comment,
        );
        return { ok: true, record: toAdminRecord(id, restored) };
      }

      const deletion = await latestRevision(tx, definition.type, id);
      if (deletion && deletion.action !== "delete") {
        // Another editor's restore committed after the lock above found no row (each statement sees what has
        // committed by then): the record is back, at a version this editor has not seen.
        const current = await definition.read(tx, id);
        if (current) return { ok: false, kind: "conflict", current: snapshotOf(current) };
      }
      if (!deletion || deletion.action !== "delete") return { ok: false, kind: "not_found" };
      const deletedState: RecordSnapshot<Values> = {
        ...(deletion.before as RecordSnapshot<Values>),
        version: deletion.version,
        deleted: true,
      };
      if (deletion.version !== expectedVersion) return { ok: false, kind: "conflict", current: deletedState };
      const columns = await definition.columns(tx, parsed.data, null);
      if (!columns.ok) return { ok: false, kind: "invalid", fieldErrors: columns.fieldErrors };
      await definition.insert(tx, columns.columns, { id, version: deletion.version + 1, seedKey: deletedState.seedKey });
      const restored = (await definition.read(tx, id))!;
      await recordRevision(tx, definition, id, editorId, "restore", restored.version, deletedState, snapshotOf(restored), comment);
      return { ok: true, record: toAdminRecord(id, restored) };
    });
  } catch (error) {
    const race = raceOf(error);
    if (race?.kind === "unique" && !race.fields.some((field) => field.includes("slug"))) {
      // Another editor restored the same record a moment earlier: show what is there now.
      const current = await definition.read(db.prisma, id);
      if (current) return { ok: false, kind: "conflict", current: snapshotOf(current) };
    }
    const result = raceResult<Values>(error, definition.noun);
    if (result) return result;
    throw error;
  }
}

/** A record for its edit page, or null if there is none (never created, or deleted). */
export async function getRecordForEdit<Values extends RecordValues>(
  db: Database,
  definition: AnyDefinition<Values>,
  id: number,
): Promise<AdminRecord<Values> | null> {
  const stored = await definition.read(db.prisma, id);
  return stored && !stored.deleted ? toAdminRecord(id, stored) : null;
}
