import "server-only";
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { parseLookalikes } from "../../metrics/lookalikes";
import type { RecordDefinition } from "../records/record-definition";
import type { RecordFieldErrors } from "../records/record-types";
import { listDeletedRecords } from "../records/record-history";
import { slugErrors } from "../records/slug-rules";
import { figureUse, figureUsePhrases, type FigureUse } from "../records/figure-use";
import {
  deletedFigureCounts,
  figureCountColumns,
  figureCountedOrder,
  livePage,
  pageWindow,
  parseRecordListQuery,
  recordListBase,
  searchAny,
} from "../records/record-list-query";
import { countOf } from "../../format/count-of";
import { metricCategories, metricFieldLabels, MetricInputSchema, type MetricFormValues, type MetricInput } from "./metric-input";

// How the admin reads and writes metrics (the generic writes in ../records do the locking and history).

const metricSelect = {
  id: true,
  slug: true,
  name: true,
  unit: true,
  category: true,
  description: true,
  lookalikes: true,
  featured: true,
  overviewTrend: true,
  progressAgainst: true,
  cardMetrics: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.MetricSelect;

type MetricRow = Prisma.MetricGetPayload<{ select: typeof metricSelect }>;

const valuesOf = (row: MetricRow): MetricFormValues => ({
  slug: row.slug,
  name: row.name,
  unit: row.unit,
  category: row.category,
  description: row.description,
  lookalikes: row.lookalikes,
  featured: row.featured === null ? "" : String(row.featured),
  overviewTrend: row.overviewTrend === null ? "" : String(row.overviewTrend),
  progressAgainst: row.progressAgainst,
  cardMetrics: row.cardMetrics,
});

export const metricSorts = ["name", "slug", "category", "unit", "figures", "updated"] as const;

const MetricListQuerySchema = recordListBase.extend({
  category: z.enum(metricCategories, { error: `category must be one of ${metricCategories.join(", ")}` }).optional(),
  sort: z.enum(metricSorts, { error: `sort must be one of ${metricSorts.join(", ")}` }).default("name"),
});

const describeFigures = (use: FigureUse) => figureUsePhrases(use).join(" and ");

/** Each look-alike must be another metric that exists now (a deleted one is simply not shown later). */
async function lookalikeErrors(tx: Prisma.TransactionClient, input: MetricInput): Promise<string[] | null> {
  const parsed = parseLookalikes(input.lookalikes);
  if (!parsed.ok) return parsed.errors;
  const slugs = parsed.lookalikes.map((lookalike) => lookalike.slug);
  const known = new Set(
    (await tx.metric.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })).map((metric) => metric.slug),
  );
  const errors = slugs.flatMap((slug) =>
    slug === input.slug ? [`A metric cannot be its own look-alike (${slug})`] : known.has(slug) ? [] : [`Unknown metric "${slug}"`],
  );
  return errors.length > 0 ? errors : null;
}

/**
 * The whole a metric's progress is measured against must be another metric that exists now, counted in the same
 * unit (95 km of 164 km; never km of EUR bn); the metrics listed on its card must exist and be others. A metric
 * deleted later is simply left off the card.
 */
async function cardErrors(tx: Prisma.TransactionClient, input: MetricInput): Promise<RecordFieldErrors | null> {
  const listed = input.cardMetrics === "" ? [] : input.cardMetrics.split("\n");
  const slugs = [...listed, ...(input.progressAgainst === "" ? [] : [input.progressAgainst])];
  if (slugs.length === 0) return null;
  const known = new Map(
    (await tx.metric.findMany({ where: { slug: { in: slugs } }, select: { slug: true, unit: true } })).map((metric) => [
      metric.slug,
      metric.unit,
    ]),
  );
  const errors: RecordFieldErrors = {};
  const whole = input.progressAgainst;
  if (whole === input.slug) errors.progressAgainst = ["A metric cannot be measured against itself"];
  else if (whole !== "" && !known.has(whole)) errors.progressAgainst = [`Unknown metric "${whole}"`];
  else if (whole !== "" && known.get(whole) !== input.unit)
    errors.progressAgainst = [`${whole} is counted in ${known.get(whole)}, this metric in ${input.unit}: progress needs the same unit`];
  const cards = listed.flatMap((slug) =>
    slug === input.slug ? [`The card already shows this metric (${slug})`] : known.has(slug) ? [] : [`Unknown metric "${slug}"`],
  );
  if (cards.length > 0) errors.cardMetrics = cards;
  return Object.keys(errors).length > 0 ? errors : null;
}

const describeEvents = (titles: string[]) => {
  const named = titles
    .slice(0, 3)
    .map((title) => `“${title}”`)
    .join(", ");
  const more = titles.length > 3 ? ` and ${titles.length - 3} more` : "";
  return `${countOf(titles.length, "event")} (${named}${more})`;
};

export const metricRecords: RecordDefinition<MetricFormValues, MetricInput, MetricInput> = {
  type: "metric",
  table: "metrics",
  noun: "metric",
  schema: MetricInputSchema,
  labels: metricFieldLabels,
  title: (values) => values.name,

  async read(tx, id) {
    const row = await tx.metric.findUnique({ where: { id }, select: metricSelect });
    return row ? { values: valuesOf(row), version: row.version, updatedAt: row.updatedAt } : null;
  },

  async columns(tx, input, current) {
    const slug = await slugErrors("metric", input.slug, current, (taken) =>
      tx.metric.findUnique({ where: { slug: taken }, select: { name: true } }),
    );
    if (slug) return { ok: false, fieldErrors: slug };
    const lookalikes = await lookalikeErrors(tx, input);
    if (lookalikes) return { ok: false, fieldErrors: { lookalikes } };
    const card = await cardErrors(tx, input);
    if (card) return { ok: false, fieldErrors: card };
    if (current && input.unit !== current.values.unit) {
      const counts = await figureUse(tx, "metricId", current.id);
      if (counts.live + counts.deleted > 0) {
        return {
          ok: false,
          fieldErrors: {
            unit: [
              `The unit cannot change while ${describeFigures(counts)} are counted in ${current.values.unit}: it would relabel their values. Create a new metric instead`,
            ],
          },
        };
      }
    }
    return { ok: true, columns: input };
  },

  async insert(tx, columns, identity) {
    // Identified by their slug, so they keep no seed key.
    const data = identity ? { ...columns, id: identity.id, version: identity.version } : columns;
    return (await tx.metric.create({ data, select: { id: true } })).id;
  },

  async update(tx, id, columns) {
    await tx.metric.update({ where: { id }, data: { ...columns, version: { increment: 1 } } });
  },

  async remove(tx, id) {
    await tx.metric.delete({ where: { id } });
  },

  // Events linked to the metric keep it too, as events keep their route: deleting the metric would otherwise have
  // to change those events behind their editors' backs (a link dropped without a revision of the event), or write
  // revisions of other records as a side effect of this one. Refused instead, naming what to unlink first.
  async inUse(tx, id) {
    const [counts, links] = await Promise.all([
      figureUse(tx, "metricId", id),
      tx.eventMetric.findMany({
        where: { metricId: id },
        select: { event: { select: { title: true } } },
        orderBy: { event: { date: "asc" } },
      }),
    ]);
    const figures = counts.live + counts.deleted;
    if (figures === 0 && links.length === 0) return null;
    const events = describeEvents(links.map((link) => link.event.title));
    if (links.length === 0)
      return `This metric cannot be deleted: ${describeFigures(counts)} are counted in it. Move them to another metric first.`;
    if (figures === 0)
      return `This metric cannot be deleted: ${events} ${links.length === 1 ? "is" : "are"} linked to it. Remove it from their Metrics first.`;
    return `This metric cannot be deleted: ${describeFigures(counts)} are counted in it, and ${events} ${links.length === 1 ? "is" : "are"} linked to it. Move the figures to another metric and remove it from the events' Metrics first.`;
  },

  async list(db, params) {
    const parsed = parseRecordListQuery(MetricListQuerySchema, params);
    if (!parsed.ok) return parsed;
    const query = parsed.query;
    if (query.deleted === "only")
      return { ok: true, page: await listDeletedRecords(db, metricRecords, { ...query, equals: { category: query.category } }) };
    const where: Prisma.MetricWhereInput = {
      ...(query.category ? { category: query.category } : {}),
      ...searchAny(query.q, ["name", "slug", "unit", "description"]),
    };
    const orderBy: Prisma.MetricOrderByWithRelationInput[] = figureCountedOrder(query.sort, query.dir);
    const [rows, total] = await Promise.all([
      db.prisma.metric.findMany({
        where,
        orderBy,
        ...pageWindow(query),
        // All figures, deleted ones too: they are what keeps a metric from being deleted, and what "figures" sorts by.
        select: { ...metricSelect, _count: { select: { figures: true } } },
      }),
      db.prisma.metric.count({ where }),
    ]);
    const deleted = await deletedFigureCounts(
      db,
      "metricId",
      rows.map((row) => row.id),
    );
    return livePage(query, total, rows, valuesOf, (row) => figureCountColumns(row._count.figures, deleted.get(row.id)));
  },
};
