import "server-only";
import { kyselyOver } from "../../db/kysely";
import { selectFigures, whereClause } from "../../data/figures/select-figures";
import { figuresWithMetricAndRoute } from "../../data/live-figures";
import type { FigureView } from "../../data/types";
import { formatPeriod } from "../../format/format-date";
import { sql, type RawBuilder } from "kysely";
import { FigureInputSchema, type FigureFormValues, type FigureInput } from "../figure-input";
import { snapshotFieldLabels, toFormValues } from "../figure-snapshot";
import type { RecordDefinition, Tx } from "../records/record-definition";
import { parseRecordListQuery } from "../records/record-list-query";
import { FigureListQuerySchema, type FigureListQuery } from "./figure-list-query";
import type { RecordListRow } from "../records/record-list-row";
import type { RecordFieldErrors } from "../records/record-types";
import { sourceDateColumns } from "../source-fields";

// How the admin reads and writes figures (the generic writes in ../records do the locking and history). A
// figure's delete is soft: the row stays, hidden from public pages by `deleted_at`, and a restore unmarks it.

/**
 * The metric and route of a figure, locked FOR SHARE until the write commits. A metric's unit change or a route's
 * deletion (both lock FOR UPDATE, then count the figures using it) waits for this figure and counts it; if that
 * deletion came first, this figure waits and then finds the route gone: a field error, not a foreign-key failure.
 */
async function resolveReferences(
  tx: Tx,
  input: FigureInput,
): Promise<{ ok: true; ids: { metricId: number; routeId: number | null } } | { ok: false; fieldErrors: RecordFieldErrors }> {
  const [[metric], [route]] = await Promise.all([
    tx.$queryRaw<{ id: number }[]>`SELECT id FROM metrics WHERE slug = ${input.metric} FOR SHARE`,
    input.route ? tx.$queryRaw<{ id: number }[]>`SELECT id FROM routes WHERE slug = ${input.route} FOR SHARE` : Promise.resolve([]),
  ]);
  const errors: RecordFieldErrors = {};
  if (!metric) errors.metric = [`Unknown metric "${input.metric}"`];
  if (input.route && !route) errors.route = [`Unknown route "${input.route}"`];
  return metric && (!input.route || route)
    ? { ok: true, ids: { metricId: metric.id, routeId: route?.id ?? null } }
    : { ok: false, fieldErrors: errors };
}

/** The database columns of a validated figure. */
function figureColumns(input: FigureInput, references: { metricId: number; routeId: number | null }) {
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

type FigureColumns = ReturnType<typeof figureColumns>;

const orderings: Record<FigureListQuery["sort"], RawBuilder<unknown>> = {
  updated: sql`f.updated_at`,
  metric: sql`m.name`,
  period: sql`f.period_end`,
  value: sql`f.value`,
  id: sql`f.id`,
};

/** A figure as a row of the admin list: its form values, and what the list shows beside them in words. */
function listRow(figure: FigureView): RecordListRow<FigureFormValues> {
  return {
    ...toFormValues(figure),
    id: figure.id,
    version: figure.version,
    updatedAt: figure.updatedAt,
    deleted: Boolean(figure.deletedAt),
    extra: {
      metricName: figure.metric.name,
      unit: figure.metric.unit,
      routeName: figure.route?.name ?? null,
      period: figure.periodLabel ?? formatPeriod(figure.periodStart, figure.periodEnd) ?? null,
    },
  };
}

export const figureRecords: RecordDefinition<FigureFormValues, FigureInput, FigureColumns> = {
  type: "figure",
  table: "figures",
  noun: "figure",
  schema: FigureInputSchema,
  labels: snapshotFieldLabels,
  title: (values) => values.subject,

  async read(tx, id) {
    const [figure] = await selectFigures(kyselyOver(tx), [sql`f.id = ${id}`], undefined, { includeDeleted: true });
    return figure
      ? { values: toFormValues(figure), version: figure.version, updatedAt: new Date(figure.updatedAt), deleted: Boolean(figure.deletedAt) }
      : null;
  },

  async columns(tx, input) {
    const references = await resolveReferences(tx, input);
    return references.ok ? { ok: true, columns: figureColumns(input, references.ids) } : references;
  },

  async insert(tx, columns) {
    return (await tx.figure.create({ data: columns, select: { id: true } })).id;
  },

  async update(tx, id, columns) {
    await tx.figure.update({ where: { id }, data: { ...columns, version: { increment: 1 } } });
  },

  async remove(tx, id) {
    await tx.figure.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
  },

  softDelete: {
    async undelete(tx, id) {
      await tx.figure.update({ where: { id }, data: { deletedAt: null } });
    },
  },

  // Nothing refers to a figure in a way that stops its (soft) delete: a ruling on it stays with it.
  async inUse() {
    return null;
  },

  async list(db, params) {
    const parsed = parseRecordListQuery(FigureListQuerySchema, params);
    if (!parsed.ok) return parsed;
    const query = parsed.query;
    const conditions: RawBuilder<unknown>[] = [];
    if (query.metric) conditions.push(sql`m.slug = ${query.metric}`);
    if (query.route) conditions.push(query.route === "none" ? sql`f.route_id IS NULL` : sql`r.slug = ${query.route}`);
    if (query.status) conditions.push(sql`f.status = ${query.status}::"FigureStatus"`);
    if (query.source) conditions.push(sql`f.source_publisher ILIKE ${`%${query.source}%`}`);
    if (query.q) {
      const pattern = `%${query.q}%`;
      conditions.push(sql`(f.subject ILIKE ${pattern} OR f.note ILIKE ${pattern} OR f.period_label ILIKE ${pattern}
        OR f.source_title ILIKE ${pattern} OR m.name ILIKE ${pattern} OR f.value::text = ${query.q})`);
    }
    if (query.deleted === "only") conditions.push(sql`f.deleted_at IS NOT NULL`);
    const includeDeleted = query.deleted !== "exclude";
    const direction = query.dir === "asc" ? sql`ASC` : sql`DESC`;
    const offset = (query.page - 1) * query.pageSize;
    const [
      rows,
      {
        rows: [count],
      },
    ] = await Promise.all([
      selectFigures(
        db.kysely,
        conditions,
        sql`ORDER BY ${orderings[query.sort]} ${direction} NULLS LAST, f.id ${direction} LIMIT ${query.pageSize} OFFSET ${offset}`,
        { includeDeleted },
      ),
      sql<{ total: number }>`
        SELECT count(*)::int AS total FROM ${figuresWithMetricAndRoute(db.kysely, { includeDeleted })}
        ${whereClause(conditions)}`.execute(db.kysely),
    ]);
    return { ok: true, page: { rows: rows.map(listRow), total: count!.total, page: query.page, pageSize: query.pageSize } };
  },
};
