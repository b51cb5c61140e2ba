import "server-only";
import type { Database } from "../../db/connect";
import { selectFigures } from "../../data/figures/select-figures";
import type { FigureView } from "../../data/types";
import { sql } from "kysely";
import type { ImportRow, RowError } from "../../csv/import/parse-figures-csv";
import { toFormValues } from "../figure-snapshot";
import { figureRecords } from "../figures/figure-records";
import type { FigureFormValues } from "../figure-input";
import type { RecordSnapshot } from "../records/record-types";
import { createRecordIn, updateRecordIn } from "../records/record-writes";

// What an import would do (the dry run) and doing it (apply): all rows in one transaction or none, each written
// through the same record writes as the admin form (record-writes.ts: a revision for every change), and versions
// respected: a row whose figure changed since it was exported is a conflict, applied only if the editor says so.

export type ImportConflict = {
  line: number;
  id: number;
  exportedVersion: number;
  currentVersion: number;
  current: RecordSnapshot<FigureFormValues>;
};

export type ImportPlan = {
  rows: number;
  errors: RowError[];
  creates: (ImportRow & { metricId: number; routeId: number | null })[];
  updates: (ImportRow & { metricId: number; routeId: number | null; current: FigureView })[];
  unchanged: number;
  conflicts: ImportConflict[];
};

export type ImportSummary = { rows: number; create: number; update: number; unchanged: number; conflicts: number; errors: number };

export function summarise(plan: ImportPlan): ImportSummary {
  return {
    rows: plan.rows,
    create: plan.creates.length,
    update: plan.updates.length,
    unchanged: plan.unchanged,
    conflicts: plan.conflicts.length,
    errors: plan.errors.length,
  };
}

const sameValues = (a: FigureFormValues, b: FigureFormValues) =>
  (Object.keys(a) as (keyof FigureFormValues)[]).every((key) => a[key] === b[key]);

export async function planImport(db: Database, rows: ImportRow[], parseErrors: RowError[]): Promise<ImportPlan> {
  const [metrics, routes] = await Promise.all([
    db.prisma.metric.findMany({ select: { id: true, slug: true, unit: true } }),
    db.prisma.route.findMany({ select: { id: true, slug: true } }),
  ]);
  const metricBySlug = new Map(metrics.map((metric) => [metric.slug, metric]));
  const routeIdBySlug = new Map(routes.map((route) => [route.slug, route.id]));
  const ids = rows.flatMap((row) => (row.id === null ? [] : [row.id]));
  const current = new Map(
    ids.length === 0
      ? []
      : (await selectFigures(db.kysely, [sql`f.id = ANY(${ids}::int[])`], sql`ORDER BY f.id`, { includeDeleted: true })).map((figure) => [
          figure.id,
          figure,
        ]),
  );
  const plan: ImportPlan = {
    rows: rows.length + new Set(parseErrors.map((error) => error.line)).size,
    errors: [...parseErrors],
    creates: [],
    updates: [],
    unchanged: 0,
    conflicts: [],
  };
  for (const row of rows) {
    const metric = metricBySlug.get(row.input.metric);
    const routeId = row.input.route === null ? null : routeIdBySlug.get(row.input.route);
    const errors: RowError[] = [];
    if (!metric) errors.push({ line: row.line, column: "metric", message: `"${row.input.metric}" is not a known metric` });
    else if (row.unit !== metric.unit)
      errors.push({ line: row.line, column: "unit", message: `must be "${metric.unit}", the unit of ${metric.slug} (got "${row.unit}")` });
    if (row.input.route !== null && routeId === undefined)
      errors.push({ line: row.line, column: "route", message: `"${row.input.route}" is not a known route` });
    const existing = row.id === null ? null : current.get(row.id);
    if (row.id !== null && !existing)
      errors.push({ line: row.line, column: "id", message: `there is no figure with id ${row.id}; leave id empty to add a new figure` });
    if (existing?.deletedAt)
      errors.push({ line: row.line, column: "id", message: `figure ${row.id} is deleted; restore it from its history first` });
    if (errors.length > 0 || !metric) {
      plan.errors.push(...errors);
      continue;
    }
    const resolved = { ...row, metricId: metric.id, routeId: routeId ?? null };
    if (!existing) plan.creates.push(resolved);
    else if (sameValues(row.values, toFormValues(existing))) plan.unchanged += 1;
    else if (row.version !== existing.version) {
      plan.conflicts.push({
        line: row.line,
        id: existing.id,
        exportedVersion: row.version!,
        currentVersion: existing.version,
        current: { ...toFormValues(existing), version: existing.version, deleted: false },
      });
      plan.updates.push({ ...resolved, current: existing });
    } else plan.updates.push({ ...resolved, current: existing });
  }
  plan.errors.sort((a, b) => a.line - b.line);
  return plan;
}

export class ImportConflictError extends Error {
  override name = "ImportConflictError";
  constructor(readonly id: number) {
    super(`figure ${id} changed while the import was running; nothing was imported`);
  }
}

/** A row the dry run passed that the write refused after all (a metric or route deleted meanwhile): stop, import nothing. */
export class ImportRowError extends Error {
  override name = "ImportRowError";
  constructor(
    readonly line: number,
    fieldErrors: Record<string, string[] | undefined>,
  ) {
    super(`line ${line}: ${Object.values(fieldErrors).flat()[0] ?? "refused"}; nothing was imported`);
  }
}

/** Applies a plan without errors in one transaction. Conflicting rows are applied only with `overwriteConflicts`. */
export async function applyImport(
  db: Database,
  editorId: number,
  plan: ImportPlan,
  { overwriteConflicts }: { overwriteConflicts: boolean },
): Promise<ImportSummary> {
  if (plan.errors.length > 0) throw new Error("an import with errors cannot be applied");
  if (plan.conflicts.length > 0 && !overwriteConflicts) throw new Error("an import with conflicts needs overwriteConflicts");
  const options = { comment: "CSV import" };
  await db.prisma.$transaction(
    async (tx) => {
      for (const row of plan.creates) {
        const created = await createRecordIn(tx, figureRecords, editorId, row.input, options);
        if (!created.ok) throw new ImportRowError(row.line, created.kind === "invalid" ? created.fieldErrors : {});
      }
      for (const row of plan.updates) {
        // The version read by the dry run (or, for a conflict the editor chose to overwrite, the current one):
        // if it moved again since, the whole import stops rather than overwrite an unseen change.
        const updated = await updateRecordIn(tx, figureRecords, editorId, row.current.id, row.current.version, row.input, options);
        if (!updated.ok) {
          if (updated.kind === "invalid") throw new ImportRowError(row.line, updated.fieldErrors);
          throw new ImportConflictError(row.current.id);
        }
      }
    },
    { timeout: 15 * 60_000, maxWait: 30_000 },
  );
  return summarise(plan);
}
