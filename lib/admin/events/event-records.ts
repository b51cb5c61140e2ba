import "server-only";
import { z } from "zod";
import { parsePartialDate } from "../../dates/partial-date";
import { storableText } from "../../validation/storable";
import type { Prisma } from "../../generated/prisma/client";
import type { ColumnsResult, RecordDefinition } from "../records/record-definition";
import { listDeletedRecords } from "../records/record-history";
import { sourceDateColumns } from "../source-fields";
import { livePage, pageWindow, parseRecordListQuery, recordListBase, searchAny } from "../records/record-list-query";
import type { RecordFieldErrors } from "../records/record-types";
import { joinSlugList } from "../records/slug-list";
import { eventFieldLabels, EventInputSchema, eventStatuses, partialDateText, type EventFormValues, type EventInput } from "./event-input";

// How the admin reads and writes events (the generic writes in ../records do the locking and history).

const eventSelect = {
  id: true,
  date: true,
  datePrecision: true,
  title: true,
  status: true,
  sourcePublisher: true,
  sourceTitle: true,
  sourceUrl: true,
  sourceDate: true,
  sourceDatePrecision: true,
  version: true,
  updatedAt: true,
  seedKey: true,
  route: { select: { slug: true, name: true } },
  metrics: { select: { metric: { select: { slug: true } } } },
} as const satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

const valuesOf = (row: EventRow): EventFormValues => ({
  date: partialDateText(row.date, row.datePrecision),
  title: row.title,
  route: row.route?.slug ?? "",
  status: row.status,
  sourcePublisher: row.sourcePublisher,
  sourceTitle: row.sourceTitle,
  sourceUrl: row.sourceUrl ?? "",
  sourceDate: partialDateText(row.sourceDate, row.sourceDatePrecision),
  metrics: joinSlugList(row.metrics.map((link) => link.metric.slug)),
});

/** The database columns of a validated event: each partial date as its first day plus its precision. */
function eventColumns(input: EventInput, routeId: number | null, metricIds: number[]) {
  const date = parsePartialDate(input.date);
  if (!date) throw new Error(`Unvalidated event date ${JSON.stringify(input.date)}`);
  return {
    date: date.date,
    datePrecision: date.precision,
    title: input.title,
    routeId,
    status: input.status,
    sourcePublisher: input.sourcePublisher,
    sourceTitle: input.sourceTitle,
    sourceUrl: input.sourceUrl,
    ...sourceDateColumns(input.sourceDate),
    metricIds,
  };
}

type EventColumns = ReturnType<typeof eventColumns>;

export const eventSorts = ["date", "title", "updated"] as const;

const EventListQuerySchema = recordListBase.extend({
  status: z.enum(eventStatuses, { error: `status must be one of ${eventStatuses.join(", ")}` }).optional(),
  route: storableText(64, "route").optional(),
  source: storableText(200, "source").optional(),
  sort: z.enum(eventSorts, { error: `sort must be one of ${eventSorts.join(", ")}` }).default("date"),
  dir: z.enum(["asc", "desc"], { error: "dir must be asc or desc" }).default("desc"),
});

export const eventRecords: RecordDefinition<EventFormValues, EventInput, EventColumns> = {
  type: "event",
  table: "events",
  noun: "event",
  schema: EventInputSchema,
  labels: eventFieldLabels,
  title: (values) => values.title,

  async read(tx, id) {
    const row = await tx.event.findUnique({ where: { id }, select: eventSelect });
    return row ? { values: valuesOf(row), version: row.version, updatedAt: row.updatedAt, seedKey: row.seedKey } : null;
  },

  async columns(tx, input): Promise<ColumnsResult<EventColumns>> {
    const [route, metrics] = await Promise.all([
      input.route ? tx.route.findUnique({ where: { slug: input.route }, select: { id: true } }) : null,
      input.metrics.length > 0 ? tx.metric.findMany({ where: { slug: { in: input.metrics } }, select: { id: true, slug: true } }) : [],
    ]);
    const fieldErrors: RecordFieldErrors = {};
    if (input.route && !route) fieldErrors.route = [`Unknown route "${input.route}"`];
    const known = new Set(metrics.map((metric) => metric.slug));
    const unknown = input.metrics.filter((slug) => !known.has(slug));
    if (unknown.length > 0)
      fieldErrors.metrics = [`Unknown metric${unknown.length === 1 ? "" : "s"} ${unknown.map((slug) => `"${slug}"`).join(", ")}`];
    if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
    return {
      ok: true,
      columns: eventColumns(
        input,
        route?.id ?? null,
        metrics.map((metric) => metric.id),
      ),
    };
  },

  async insert(tx, { metricIds, ...columns }, identity) {
    const data = { ...columns, ...identity, metrics: { create: metricIds.map((metricId) => ({ metricId })) } };
    return (await tx.event.create({ data, select: { id: true } })).id;
  },

  // The links are replaced with the event's other columns: a change of them is an edit of the event, which bumps
  // its version and is recorded in its history.
  async update(tx, id, { metricIds, ...columns }) {
    const metrics = { deleteMany: {}, create: metricIds.map((metricId) => ({ metricId })) };
    await tx.event.update({ where: { id }, data: { ...columns, metrics, version: { increment: 1 } } });
  },

  async remove(tx, id) {
    await tx.event.delete({ where: { id } });
  },

  // Nothing refers to an event; its links to metrics are part of it, and go with it (its history keeps them).
  inUse: async () => null,

  async list(db, params) {
    const parsed = parseRecordListQuery(EventListQuerySchema, params);
    if (!parsed.ok) return parsed;
    const query = parsed.query;
    if (query.deleted === "only")
      return {
        ok: true,
        page: await listDeletedRecords(db, eventRecords, {
          ...query,
          equals: { status: query.status, route: query.route },
          contains: { sourcePublisher: query.source },
        }),
      };
    const where: Prisma.EventWhereInput = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.route ? { route: { slug: query.route } } : {}),
      ...(query.source ? { sourcePublisher: { contains: query.source, mode: "insensitive" } } : {}),
      ...searchAny(query.q, ["title", "sourceTitle", "sourcePublisher"]),
    };
    const orderBy: Prisma.EventOrderByWithRelationInput[] = [
      query.sort === "updated" ? { updatedAt: query.dir } : { [query.sort]: query.dir },
      { id: query.dir },
    ];
    const [rows, total] = await Promise.all([
      db.prisma.event.findMany({ where, orderBy, ...pageWindow(query), select: eventSelect }),
      db.prisma.event.count({ where }),
    ]);
    return livePage(query, total, rows, valuesOf, (row) => ({ routeName: row.route?.name ?? null }));
  },
};
