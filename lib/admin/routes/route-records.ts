import "server-only";
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import type { RecordDefinition, Tx } from "../records/record-definition";
import { listDeletedRecords } from "../records/record-history";
import { slugErrors } from "../records/slug-rules";
import { figureUse, figureUsePhrases } from "../records/figure-use";
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
import { formatRouteNodes, parseRouteNodes, type RouteNode } from "../../routes/route-nodes";
import { joinModes, routeFieldLabels, RouteInputSchema, routeKinds, type RouteFormValues, type RouteInput } from "./route-input";

// How the admin reads and writes routes (the generic writes in ../records do the locking and history).

const routeSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  modes: true,
  via: true,
  description: true,
  position: true,
  version: true,
  updatedAt: true,
  nodes: {
    select: { name: true, country: true, kind: true, latitude: true, longitude: true, toNext: true, note: true },
    orderBy: { seq: "asc" },
  },
} as const satisfies Prisma.RouteSelect;

type RouteRow = Prisma.RouteGetPayload<{ select: typeof routeSelect }>;

const valuesOf = (row: RouteRow): RouteFormValues => ({
  slug: row.slug,
  name: row.name,
  kind: row.kind,
  modes: joinModes(row.modes),
  via: row.via,
  description: row.description,
  position: String(row.position),
  nodes: formatRouteNodes(row.nodes.map((node) => ({ ...node, latitude: node.latitude.toFixed(2), longitude: node.longitude.toFixed(2) }))),
});

/** The route's columns, its nodes parsed from the validated (normalised) text. */
function routeColumns({ nodes, ...route }: RouteInput) {
  const parsed = parseRouteNodes(nodes);
  if (!parsed.ok) throw new Error(`Unvalidated route nodes: ${parsed.errors[0]}`);
  return { route, nodes: parsed.nodes };
}

type RouteColumns = ReturnType<typeof routeColumns>;

const nodeRows = (nodes: readonly RouteNode[]) => nodes.map((node, index) => ({ ...node, seq: index + 1 }));

export const routeSorts = ["position", "name", "slug", "figures", "updated"] as const;

const RouteListQuerySchema = recordListBase.extend({
  kind: z.enum(routeKinds, { error: `kind must be one of ${routeKinds.join(", ")}` }).optional(),
  sort: z.enum(routeSorts, { error: `sort must be one of ${routeSorts.join(", ")}` }).default("position"),
});

export const routeRecords: RecordDefinition<RouteFormValues, RouteInput, RouteColumns> = {
  type: "route",
  table: "routes",
  noun: "route",
  schema: RouteInputSchema,
  labels: routeFieldLabels,
  title: (values) => values.name,

  async read(tx, id) {
    const row = await tx.route.findUnique({ where: { id }, select: routeSelect });
    return row ? { values: valuesOf(row), version: row.version, updatedAt: row.updatedAt } : null;
  },

  async columns(tx, input, current) {
    const slug = await slugErrors("route", input.slug, current, (taken) =>
      tx.route.findUnique({ where: { slug: taken }, select: { name: true } }),
    );
    if (slug) return { ok: false, fieldErrors: slug };
    return { ok: true, columns: routeColumns(input) };
  },

  async insert(tx, { route, nodes }, identity) {
    // Identified by their slug, so they keep no seed key.
    const data = { ...route, ...(identity ? { id: identity.id, version: identity.version } : {}), nodes: { create: nodeRows(nodes) } };
    return (await tx.route.create({ data, select: { id: true } })).id;
  },

  // The nodes are replaced with the route's other columns: a change of them is an edit of the route, which bumps
  // its version and is recorded in its history.
  async update(tx, id, { route, nodes }) {
    await tx.route.update({
      where: { id },
      data: { ...route, nodes: { deleteMany: {}, create: nodeRows(nodes) }, version: { increment: 1 } },
    });
  },

  async remove(tx, id) {
    await tx.route.delete({ where: { id } });
  },

  async inUse(tx: Tx, id: number) {
    const [figures, events] = await Promise.all([figureUse(tx, "routeId", id), tx.event.count({ where: { routeId: id } })]);
    if (figures.live + figures.deleted + events === 0) return null;
    const users = [...figureUsePhrases(figures), ...(events > 0 ? [countOf(events, "event")] : [])];
    return `This route cannot be deleted: ${users.join(" and ")} refer to it. Move them to another route first.`;
  },

  async list(db, params) {
    const parsed = parseRecordListQuery(RouteListQuerySchema, params);
    if (!parsed.ok) return parsed;
    const query = parsed.query;
    if (query.deleted === "only")
      return { ok: true, page: await listDeletedRecords(db, routeRecords, { ...query, equals: { kind: query.kind } }) };
    const where: Prisma.RouteWhereInput = {
      ...(query.kind ? { kind: query.kind } : {}),
      ...searchAny(query.q, ["name", "slug", "via", "description"]),
    };
    const orderBy: Prisma.RouteOrderByWithRelationInput[] = figureCountedOrder(query.sort, query.dir);
    const [rows, total] = await Promise.all([
      db.prisma.route.findMany({
        where,
        orderBy,
        ...pageWindow(query),
        // All figures, deleted ones too: they are what keeps a route from being deleted, and what "figures" sorts by.
        select: { ...routeSelect, _count: { select: { figures: true, events: true } } },
      }),
      db.prisma.route.count({ where }),
    ]);
    const deleted = await deletedFigureCounts(
      db,
      "routeId",
      rows.map((row) => row.id),
    );
    return livePage(query, total, rows, valuesOf, (row) => ({
      ...figureCountColumns(row._count.figures, deleted.get(row.id)),
      events: row._count.events,
    }));
  },
};
