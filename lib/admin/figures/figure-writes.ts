import "server-only";
import type { Database } from "../../db/connect";
import { selectFigures } from "../../data/figures/select-figures";
import type { FigureView } from "../../data/types";
import { Prisma } from "../../generated/prisma/client";
import { fieldErrorsOf, FigureInputSchema, type FieldErrors, type FigureInput } from "../figure-input";
import { toSnapshot, type FigureSnapshot } from "../figure-snapshot";
import { sourceDateColumns } from "../source-fields";

// Every change to a figure – create, update, delete, restore – happens here, in one transaction with the
// revision that records it. Updates lock the row and compare versions, so of two editors saving the same
// version one wins and the other is told, with the winner's values: nothing is ever overwritten silently.

type Tx = Prisma.TransactionClient;

export type WriteResult =
  | { ok: true; figure: FigureView }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; kind: "conflict"; current: FigureSnapshot }
  | { ok: false; kind: "not_found" };

/**
 * The metric and route of a figure, locked FOR SHARE until the write commits. A metric's unit change or a route's
 * deletion (both lock FOR UPDATE, then count the figures using it) waits for this figure and counts it; if that
 * deletion came first, this figure waits and then finds the route gone: a field error, not a foreign-key failure.
 */
async function resolveReferences(tx: Tx, input: FigureInput): Promise<{ metricId: number; routeId: number | null } | FieldErrors> {
  const [[metric], [route]] = await Promise.all([
    tx.$queryRaw<{ id: number }[]>`SELECT id FROM metrics WHERE slug = ${input.metric} FOR SHARE`,
    input.route ? tx.$queryRaw<{ id: number }[]>`SELECT id FROM routes WHERE slug = ${input.route} FOR SHARE` : Promise.resolve([]),
  ]);
  const errors: FieldErrors = {};
  if (!metric) errors.metric = [`Unknown metric "${input.metric}"`];
  if (input.route && !route) errors.route = [`Unknown route "${input.route}"`];
  return metric && (!input.route || route) ? { metricId: metric.id, routeId: route?.id ?? null } : errors;
}

/** The database columns of a validated figure. */
export function figureColumns(input: FigureInput, references: { metricId: number; routeId: number | null }) {
  const date = (text: string | null) => (text ? new Date(`${text}T00:00:00Z`) : null);
  return {
    metricId: references.metricId,
    routeId: references.routeId,
    subject: input.subject,
    periodStart: date(input.periodStart),
    periodEnd: date(input.periodEnd),
    periodLabel: input.periodLabel,
    value: input.value,
    status: input.status,
    sourcePublisher: input.sourcePublisher,
    sourceTitle: input.sourceTitle,
    sourceUrl: input.sourceUrl,
    ...sourceDateColumns(input.sourceDate),
    note: input.note,
    quotedSpeaker: input.quotedSpeaker,
    dataOwner: input.dataOwner,
  };
}

async function readFigure(tx: Tx, id: number): Promise<{ figure: FigureView; deleted: boolean } | null> {
  const [figure] = await selectFigures(tx, [Prisma.sql`f.id = ${id}`], undefined, { includeDeleted: true });
  if (!figure) return null;
  const [row] = await tx.$queryRaw<[{ deleted: boolean }]>`SELECT deleted_at IS NOT NULL AS deleted FROM figures WHERE id = ${id}`;
  return { figure, deleted: row.deleted };
}

/** Locks the figure's row for this transaction and returns its state, or why it cannot be changed. */
async function lockForChange(tx: Tx, id: number, expectedVersion: number, { allowDeleted }: { allowDeleted: boolean }) {
  const locked = await tx.$queryRaw<{ version: number; deleted: boolean }[]>`
    SELECT version, deleted_at IS NOT NULL AS deleted FROM figures WHERE id = ${id} FOR UPDATE`;
  const state = await readFigure(tx, id);
  if (!locked[0] || !state || (state.deleted && !allowDeleted)) return { ok: false as const, kind: "not_found" as const };
  if (locked[0].version !== expectedVersion) {
    return { ok: false as const, kind: "conflict" as const, current: toSnapshot(state.figure, state.deleted) };
  }
  return { ok: true as const, before: toSnapshot(state.figure, state.deleted) };
}

async function recordRevision(
  tx: Tx,
  figureId: number,
  editorId: number | null,
  action: "create" | "update" | "delete" | "restore",
  before: FigureSnapshot | null,
  after: FigureSnapshot | null,
  comment: string | null = null,
) {
  await tx.figureRevision.create({
    data: {
      figureId,
      editorId,
      action,
      version: (after ?? before)!.version,
      before: before ?? Prisma.DbNull,
      after: after ?? Prisma.DbNull,
      comment,
    },
  });
}

export async function createFigure(db: Database, editorId: number | null, input: FigureInput, comment: string | null = null): Promise<WriteResult> {
  return db.prisma.$transaction(async (tx) => {
    const references = await resolveReferences(tx, input);
    if (!("metricId" in references)) return { ok: false, kind: "invalid", fieldErrors: references };
    const { id } = await tx.figure.create({ data: figureColumns(input, references), select: { id: true } });
    const created = (await readFigure(tx, id))!;
    await recordRevision(tx, id, editorId, "create", null, toSnapshot(created.figure, false), comment);
    return { ok: true, figure: created.figure };
  });
}

export async function updateFigure(
  db: Database,
  editorId: number | null,
  id: number,
  expectedVersion: number,
  input: FigureInput,
  comment: string | null = null,
): Promise<WriteResult> {
  return db.prisma.$transaction((tx) => updateFigureInTransaction(tx, editorId, id, expectedVersion, input, comment));
}

/** updateFigure inside a transaction the caller holds (the seed corrects figures in its own). */
export async function updateFigureInTransaction(
  tx: Tx,
  editorId: number | null,
  id: number,
  expectedVersion: number,
  input: FigureInput,
  comment: string | null = null,
  { allowDeleted = false }: { allowDeleted?: boolean } = {},
): Promise<WriteResult> {
  const lock = await lockForChange(tx, id, expectedVersion, { allowDeleted });
  if (!lock.ok) return lock;
  const references = await resolveReferences(tx, input);
  if (!("metricId" in references)) return { ok: false, kind: "invalid", fieldErrors: references };
  await tx.figure.update({ where: { id }, data: { ...figureColumns(input, references), version: { increment: 1 } } });
  const updated = (await readFigure(tx, id))!;
  await recordRevision(tx, id, editorId, "update", lock.before, toSnapshot(updated.figure, lock.before.deleted), comment);
  return { ok: true, figure: updated.figure };
}

export async function deleteFigure(db: Database, editorId: number, id: number, expectedVersion: number): Promise<WriteResult> {
  return db.prisma.$transaction(async (tx) => {
    const lock = await lockForChange(tx, id, expectedVersion, { allowDeleted: false });
    if (!lock.ok) return lock;
    await tx.figure.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    const deleted = (await readFigure(tx, id))!;
    await recordRevision(tx, id, editorId, "delete", lock.before, toSnapshot(deleted.figure, true));
    return { ok: true, figure: deleted.figure };
  });
}

/**
 * Brings a figure back to the state a revision recorded (its `after`, or for a deletion the state before it),
 * undeleting it if need be. History is not rewritten: the restore is a new revision.
 */
export async function restoreFigure(
  db: Database,
  editorId: number,
  id: number,
  revisionId: number,
  expectedVersion: number,
): Promise<WriteResult> {
  return db.prisma.$transaction(async (tx) => {
    const revision = await tx.figureRevision.findFirst({ where: { id: revisionId, figureId: id } });
    if (!revision) return { ok: false, kind: "not_found" };
    const target = ((revision.after as FigureSnapshot | null)?.deleted ? revision.before : (revision.after ?? revision.before)) as FigureSnapshot;
    const lock = await lockForChange(tx, id, expectedVersion, { allowDeleted: true });
    if (!lock.ok) return lock;
    // A revision from before a validation rule existed may not pass it now: say so rather than restore it.
    const parsed = FigureInputSchema.safeParse(target);
    if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
    const input = parsed.data;
    const references = await resolveReferences(tx, input);
    if (!("metricId" in references)) return { ok: false, kind: "invalid", fieldErrors: references };
    await tx.figure.update({ where: { id }, data: { ...figureColumns(input, references), deletedAt: null, version: { increment: 1 } } });
    const restored = (await readFigure(tx, id))!;
    await recordRevision(tx, id, editorId, "restore", lock.before, toSnapshot(restored.figure, false), `Restored the state of revision ${revisionId}`);
    return { ok: true, figure: restored.figure };
  });
}
