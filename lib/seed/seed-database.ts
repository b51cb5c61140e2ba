import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { standingDeletions } from "../admin/records/deleted-records";
import { parseSeedData, type SeedData, type SeedSource } from "./parse-seed-data";

export const seedDataDir = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "seed-data");

export async function readSeedData(dir = seedDataDir): Promise<SeedData> {
  const read = (name: string) => readFile(path.join(dir, name), "utf8");
  const [routes, metrics, facts, factsFromNotes, events] = await Promise.all(
    ["routes.csv", "metrics.csv", "facts.csv", "facts-from-notes.csv", "events.csv"].map(read),
  );
  return parseSeedData({ routes: routes!, metrics: metrics!, facts: facts!, factsFromNotes, events: events! });
}

export type SeedResult = { routes: number; metrics: number; figures: number; events: number };

function sourceColumns(source: SeedSource) {
  return {
    sourcePublisher: source.publisher,
    sourceTitle: source.title,
    sourceUrl: source.url,
    sourceDate: source.date,
    sourceDatePrecision: source.datePrecision,
  };
}

/**
 * Inserts the seed rows that are not in the database yet, in one transaction, and returns how many were new.
 * Rows are matched by slug or seed key and never updated, so seeding twice changes nothing and a figure an
 * editor has changed keeps the editor's values. A route, metric or event an editor deleted stays deleted: its
 * history (record_revisions) says so, and seeding skips it and whatever refers to it.
 */
export async function seedDatabase(prisma: PrismaClient, data: SeedData): Promise<SeedResult> {
  return prisma.$transaction(async (tx) => {
    const deleted = await deletedByEditors(tx);
    const keep = (type: keyof typeof deleted, key: string | null) => key === null || !deleted[type].has(key);
    const routes = await tx.route.createMany({ data: data.routes.filter((route) => keep("route", route.slug)), skipDuplicates: true });
    const metrics = await tx.metric.createMany({ data: data.metrics.filter((metric) => keep("metric", metric.slug)), skipDuplicates: true });
    const routeIds = new Map((await tx.route.findMany({ select: { id: true, slug: true } })).map((r) => [r.slug, r.id]));
    const metricIds = new Map((await tx.metric.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]));
    const idOf = (ids: Map<string, number>, slug: string) => {
      const id = ids.get(slug);
      if (id === undefined) throw new Error(`seed refers to "${slug}", which is not in the database`);
      return id;
    };
    const figures = await tx.figure.createMany({
      data: data.figures.filter((figure) => keep("metric", figure.metric) && keep("route", figure.route)).map((figure) => ({
        seedKey: figure.seedKey,
        metricId: idOf(metricIds, figure.metric),
        routeId: figure.route === null ? null : idOf(routeIds, figure.route),
        subject: figure.subject,
        periodStart: figure.periodStart,
        periodEnd: figure.periodEnd,
        periodLabel: figure.periodLabel,
        value: figure.value,
        status: figure.status,
        ...sourceColumns(figure.source),
        note: figure.note,
      })),
      skipDuplicates: true,
    });
    const events = await tx.event.createMany({
      data: data.events.filter((event) => keep("event", event.seedKey) && keep("route", event.route)).map((event) => ({
        seedKey: event.seedKey,
        date: event.date,
        datePrecision: event.datePrecision,
        title: event.title,
        routeId: event.route === null ? null : idOf(routeIds, event.route),
        status: event.status,
        ...sourceColumns(event.source),
      })),
      skipDuplicates: true,
    });
    return { routes: routes.count, metrics: metrics.count, figures: figures.count, events: events.count };
  });
}

/** The slugs (routes, metrics) and seed keys (events) of records whose latest revision is their deletion. */
async function deletedByEditors(tx: Prisma.TransactionClient) {
  const rows = await tx.$queryRaw<{ record_type: "route" | "metric" | "event"; key: string | null }[]>`
    SELECT record_type::text AS record_type, coalesce(before->>'seedKey', before->>'slug') AS key
    FROM (${standingDeletions()}) deleted`;
  const deleted = { route: new Set<string>(), metric: new Set<string>(), event: new Set<string>() };
  for (const row of rows) if (row.key !== null) deleted[row.record_type].add(row.key);
  return deleted;
}
