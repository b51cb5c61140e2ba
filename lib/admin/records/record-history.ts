import "server-only";
import type { Database } from "../../db/connect";
import { Prisma } from "../../generated/prisma/client";
import type { RecordDefinition, RecordListPage, Tx } from "./record-definition";
import { standingDeletions } from "./deleted-records";
import { toRevisionView, type RecordHistory } from "./record-history-view";
import { diffRecordValues, valuesOf, type RecordSnapshot, type RecordValues } from "./record-types";

export type { RecordHistory, RecordRevisionView } from "./record-history-view";

/** A record's revisions, newest first, each as the fields it changed; null if the record never existed. */
export async function getRecordHistory<Values extends RecordValues>(
  db: Database,
  definition: RecordDefinition<Values, unknown, unknown>,
  id: number,
): Promise<RecordHistory | null> {
  const read = (tx: Tx) =>
    Promise.all([
      definition.read(tx, id),
      tx.recordRevision.findMany({
        where: { recordType: definition.type, recordId: id },
        orderBy: { id: "desc" },
        include: { editor: { select: { name: true, email: true } } },
      }),
    ]);
  // The record and its revisions from one snapshot: a restore committing between two reads would otherwise show a
  // version the next restore is refused for. (The embedded database runs one transaction at a time anyway.)
  const [stored, revisions] =
    db.kind === "postgres"
      ? await db.prisma.$transaction(read, { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead })
      : await read(db.prisma);
  const latest = revisions[0];
  if (!stored && latest?.action !== "delete") return null;
  const version = stored ? stored.version : latest!.version;
  // Deleted: hard (no row; its deletion holds its last values) or soft (the row is kept, marked deleted).
  const deleted = !stored || Boolean(stored.deleted);
  const lastValues = stored ? stored.values : valuesOf<Values>(definition.labels, latest!.before as RecordSnapshot<Values>);
  return {
    version,
    deleted,
    title: definition.title(lastValues, id),
    revisions: revisions.map((revision) => {
      const after = revision.after as RecordSnapshot<Values> | null;
      return toRevisionView(
        revision,
        // A soft deletion's `after` is the deleted state: its diff shows nothing changed but the deletion itself.
        diffRecordValues(definition.labels, revision.before as RecordSnapshot<Values> | null, after?.deleted ? null : after),
        // Restoring a deletion means undoing it, which only makes sense while the record is deleted.
        revision.action === "delete" ? deleted && revision.id === latest!.id : revision.version !== version || deleted,
      );
    }),
  };
}

/**
 * Deleted records of one kind, newest deletion first: those whose latest revision is a deletion, filtered and
 * searched in the values they had. Few enough to page in SQL without an index of their own.
 */
export async function listDeletedRecords<Values extends RecordValues>(
  db: Database,
  definition: RecordDefinition<Values, unknown, unknown>,
  search: {
    q?: string | undefined;
    page: number;
    pageSize: number;
    /** Fields that must equal a value (a kind, a category, a route's slug). */
    equals?: Record<string, string | undefined>;
    /** Fields that must contain a text, ignoring case (a source publisher). */
    contains?: Record<string, string | undefined>;
  },
): Promise<RecordListPage<Values>> {
  const like = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;
  const conditions: Prisma.Sql[] = [];
  if (search.q) {
    const fields = Prisma.join(Object.keys(definition.labels));
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM jsonb_each_text(before) field WHERE field.key IN (${fields}) AND field.value ILIKE ${like(search.q)})`,
    );
  }
  for (const [field, value] of Object.entries(search.equals ?? {})) if (value) conditions.push(Prisma.sql`before->>${field} = ${value}`);
  for (const [field, value] of Object.entries(search.contains ?? {}))
    if (value) conditions.push(Prisma.sql`before->>${field} ILIKE ${like(value)}`);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const deletions = standingDeletions(definition.type);
  const [rows, [count]] = await Promise.all([
    db.prisma.$queryRaw<{ record_id: number; version: number; before: RecordSnapshot<Values>; created_at: Date }[]>`
      SELECT record_id, version, before, created_at FROM (${deletions}) deleted ${where}
      ORDER BY created_at DESC, record_id DESC
      LIMIT ${search.pageSize} OFFSET ${(search.page - 1) * search.pageSize}`,
    db.prisma.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM (${deletions}) deleted ${where}`,
  ]);
  return {
    rows: rows.map((row) => ({
      ...valuesOf<Values>(definition.labels, row.before),
      id: row.record_id,
      version: row.version,
      updatedAt: row.created_at.toISOString(),
      deleted: true,
      extra: {},
    })),
    total: count.total,
    page: search.page,
    pageSize: search.pageSize,
  };
}
