import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "kysely";
import { kyselyOver } from "../db/kysely";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { FigureInputSchema, type FigureFormValues } from "../admin/figure-input";
import { toFormValues } from "../admin/figure-snapshot";
import { figureRecords } from "../admin/figures/figure-records";
import { updateRecordIn } from "../admin/records/record-writes";
import { standingDeletions } from "../admin/records/deleted-records";
import { selectFigures } from "../data/figures/select-figures";
import { toPartialDateText } from "../dates/partial-date";
import { parseProvenance } from "../sources/provenance";
import {
  parseSeedData,
  SeedDataError,
  type SeedCorrection,
  type SeedData,
  type SeedEvent,
  type SeedFigure,
  type SeedFiles,
  type SeedSource,
} from "./parse-seed-data";

export const seedDataDir = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "seed-data");

/** Each seed file, by the name parseSeedData knows it by: a new file is one line here. */
const seedFileNames = {
  routes: "routes.csv",
  metrics: "metrics.csv",
  facts: "facts.csv",
  factsFromNotes: "facts-from-notes.csv",
  events: "events.csv",
  eventMetrics: "event-metrics.csv",
  corrections: "corrections.json",
  metricLookalikes: "metric-lookalikes.csv",
  routeNodes: "route-nodes.csv",
  metricFeatured: "metric-featured.csv",
  metricTrends: "metric-trends.csv",
  metricCards: "metric-cards.csv",
} as const satisfies Record<keyof SeedFiles, string>;

export async function readSeedData(dir = seedDataDir): Promise<SeedData> {
  const files = await Promise.all(
    Object.entries(seedFileNames).map(async ([key, name]) => [key, await readFile(path.join(dir, name), "utf8")] as const),
  );
  return parseSeedData(Object.fromEntries(files) as Record<keyof SeedFiles, string>);
}

/**
 * How many rows each seed run added (eventMetrics: links of events to metrics; routeNodes: nodes of routes' map
 * paths), and how many seeded figures it corrected.
 */
export type SeedResult = {
  routes: number;
  metrics: number;
  figures: number;
  events: number;
  eventMetrics: number;
  routeNodes: number;
  corrected: number;
};

/** The person quoted and the data owner, read once from the publisher as cited ("Trend (ADY data)"). */
function provenanceColumns(source: SeedSource) {
  const { quotedSpeaker, dataOwner } = parseProvenance(source.publisher);
  return { quotedSpeaker, dataOwner };
}

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
// A first seed writes about a thousand rows and their history; on a busy machine that outlasts Prisma's default
// 5-second transaction timeout, which failed a deploy with a message naming only the statement it cut short.
const seedTransactionLimits = { maxWait: 30_000, timeout: 300_000 } as const;

export async function seedDatabase(prisma: PrismaClient, data: SeedData): Promise<SeedResult> {
  // One transaction for the whole seed, so a failure leaves nothing half-written.
  return prisma.$transaction(async (tx) => {
    const deleted = await deletedByEditors(tx);
    const keep = (type: keyof typeof deleted, key: string | null) => key === null || !deleted[type].has(key);
    const routes = await tx.route.createMany({
      data: data.routes.filter((route) => keep("route", route.slug)).map(({ nodes: _nodes, ...route }) => route),
      skipDuplicates: true,
    });
    const metrics = await tx.metric.createMany({
      data: data.metrics.filter((metric) => keep("metric", metric.slug)),
      skipDuplicates: true,
    });
    const routeIds = new Map((await tx.route.findMany({ select: { id: true, slug: true } })).map((r) => [r.slug, r.id]));
    const metricIds = new Map((await tx.metric.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]));
    const idOf = (ids: Map<string, number>, slug: string) => {
      const id = ids.get(slug);
      if (id === undefined) throw new Error(`seed refers to "${slug}", which is not in the database`);
      return id;
    };
    // Before inserting: a corrected row's figure must take its new seed key first, or it would be added again.
    const corrected = await applyCorrections(tx, data.corrections);
    const figures = await tx.figure.createMany({
      data: data.figures
        .filter((figure) => keep("metric", figure.metric) && keep("route", figure.route))
        .map((figure) => ({
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
          ...provenanceColumns(figure.source),
          note: figure.note,
        })),
      skipDuplicates: true,
    });
    const events = await tx.event.createMany({
      data: data.events
        .filter((event) => keep("event", event.seedKey) && keep("route", event.route))
        .map((event) => ({
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
    const eventMetrics = await linkUntouchedEvents(tx, data.events, metricIds);
    await fillProvenance(tx);
    await fillLookalikes(tx, data);
    await fillCards(tx, data);
    await fillPlaces(tx, data, "featured");
    await fillPlaces(tx, data, "overviewTrend");
    const routeNodes = await fillRouteNodes(tx, data);
    return {
      routes: routes.count,
      metrics: metrics.count,
      figures: figures.count,
      events: events.count,
      eventMetrics,
      routeNodes,
      corrected,
    };
  }, seedTransactionLimits);
}

/** A seed row as the figure form's values, so it compares with a stored figure field by field. */
function seedFormValues(figure: SeedFigure): FigureFormValues {
  const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
  const { source } = figure;
  const { quotedSpeaker, dataOwner } = provenanceColumns(source);
  return {
    metric: figure.metric,
    route: figure.route ?? "",
    subject: figure.subject,
    periodStart: isoDate(figure.periodStart),
    periodEnd: isoDate(figure.periodEnd),
    periodLabel: figure.periodLabel ?? "",
    value: figure.value,
    status: figure.status,
    sourcePublisher: source.publisher,
    sourceTitle: source.title,
    sourceUrl: source.url ?? "",
    sourceDate: source.date && source.datePrecision ? toPartialDateText({ date: source.date, precision: source.datePrecision }) : "",
    note: figure.note ?? "",
    quotedSpeaker: quotedSpeaker ?? "",
    dataOwner: dataOwner ?? "",
  };
}

/**
 * Databases seeded before figures had provenance columns: seeded figures no editor has touched (version 1) and
 * whose provenance is unset get it from their publisher, once. An editor's figure is never changed here.
 */
async function fillProvenance(tx: Prisma.TransactionClient) {
  const unset = await tx.figure.findMany({
    where: { seedKey: { not: null }, version: 1, quotedSpeaker: null, dataOwner: null, sourcePublisher: { contains: "(" } },
    select: { id: true, sourcePublisher: true },
  });
  for (const figure of unset) {
    const { quotedSpeaker, dataOwner } = parseProvenance(figure.sourcePublisher);
    // Raw SQL: a derived column filled in is not an edit, so updated_at keeps the seed's time.
    if (quotedSpeaker || dataOwner)
      await tx.$executeRaw`UPDATE figures SET quoted_speaker = ${quotedSpeaker}, data_owner = ${dataOwner} WHERE id = ${figure.id}`;
  }
}

/**
 * Databases seeded before metrics named their look-alikes: a seeded metric no editor has touched (version 1) and
 * that names none gets the seed's, once. An editor's metric is never changed here.
 */
async function fillLookalikes(tx: Prisma.TransactionClient, data: SeedData) {
  for (const metric of data.metrics.filter((entry) => entry.lookalikes !== "")) {
    // Raw SQL: a seeded field filled in is not an edit, so updated_at keeps the seed's time.
    await tx.$executeRaw`UPDATE metrics SET lookalikes = ${metric.lookalikes} WHERE slug = ${metric.slug} AND version = 1 AND lookalikes = ''`;
  }
}

/**
 * Databases seeded before metrics had places on the overview (headline cards: featured; trend charts: overviewTrend),
 * or before the seed gave a metric its place (the Rasht–Astara card was the code's until metrics had cards): a seeded
 * metric no editor has touched (version 1) and that has no place gets the seed's, once, if no metric holds that
 * place. So an editor's choice is never overridden: a metric an editor took off the overview has a later version.
 */
async function fillPlaces(tx: Prisma.TransactionClient, data: SeedData, field: "featured" | "overviewTrend") {
  // Absent (not null) only in data shaped for a schema before the field: no place to fill then.
  const chosen = data.metrics.filter((entry) => (entry[field] ?? null) !== null);
  if (chosen.length === 0) return;
  for (const metric of chosen) {
    // Raw SQL: a seeded field filled in is not an edit, so updated_at keeps the seed's time.
    const place = metric[field];
    await (field === "featured"
      ? tx.$executeRaw`UPDATE metrics SET featured = ${place} WHERE slug = ${metric.slug} AND version = 1 AND featured IS NULL
          AND NOT EXISTS (SELECT 1 FROM metrics taken WHERE taken.featured = ${place})`
      : tx.$executeRaw`UPDATE metrics SET overview_trend = ${place} WHERE slug = ${metric.slug} AND version = 1 AND overview_trend IS NULL
          AND NOT EXISTS (SELECT 1 FROM metrics taken WHERE taken.overview_trend = ${place})`);
  }
}

/**
 * Databases seeded before metrics had cards (what a headline card shows beside its metric): a seeded metric no
 * editor has touched (version 1) and whose card shows nothing more gets the seed's, once.
 */
async function fillCards(tx: Prisma.TransactionClient, data: SeedData) {
  for (const metric of data.metrics.filter((entry) => (entry.progressAgainst ?? "") !== "" || (entry.cardMetrics ?? "") !== "")) {
    // Raw SQL: a seeded field filled in is not an edit, so updated_at keeps the seed's time.
    await tx.$executeRaw`UPDATE metrics SET progress_against = ${metric.progressAgainst}, card_metrics = ${metric.cardMetrics}
      WHERE slug = ${metric.slug} AND version = 1 AND progress_against = '' AND card_metrics = ''`;
  }
}

/**
 * The seed's map paths, for the seeded routes no editor has touched (version 1) that have no nodes yet: the ones
 * just inserted, and in a database seeded before routes had paths, the ones it holds as first seeded – once, since
 * a route with nodes is skipped. A route an editor changed keeps the editor's path (even none). The nodes are rows
 * of their own: adding them changes no route's version or updated_at.
 */
async function fillRouteNodes(tx: Prisma.TransactionClient, data: SeedData): Promise<number> {
  const withNodes = data.routes.filter((route) => route.nodes.length > 0);
  if (withNodes.length === 0) return 0;
  const untouched = await tx.route.findMany({
    where: { slug: { in: withNodes.map((route) => route.slug) }, version: 1, nodes: { none: {} } },
    select: { id: true, slug: true },
  });
  const idOf = new Map(untouched.map((route) => [route.slug, route.id]));
  const rows = withNodes.flatMap((route) => {
    const routeId = idOf.get(route.slug);
    return routeId === undefined ? [] : route.nodes.map((node, index) => ({ ...node, routeId, seq: index + 1 }));
  });
  return (await tx.routeNode.createMany({ data: rows })).count;
}

/**
 * The seed's links of events to metrics, for the seeded events no editor has touched (version 1): the ones just
 * inserted, and in a database seeded before events had metrics, the ones it holds as first seeded. An event an
 * editor changed (its links are the editor's to set, even to none) or deleted is left alone, and so is a metric an
 * editor deleted (it is not in `metricIds`). Links already there are skipped, so a second run adds nothing. The
 * links are rows of their own: adding them changes no event's updated_at.
 */
async function linkUntouchedEvents(
  tx: Prisma.TransactionClient,
  events: readonly SeedEvent[],
  metricIds: ReadonlyMap<string, number>,
): Promise<number> {
  const linked = events.filter((event) => event.metrics.length > 0);
  if (linked.length === 0) return 0;
  const untouched = await tx.event.findMany({
    where: { seedKey: { in: linked.map((event) => event.seedKey) }, version: 1 },
    select: { id: true, seedKey: true },
  });
  const idOfKey = new Map(untouched.map((event) => [event.seedKey, event.id]));
  const links = linked.flatMap((event) => {
    const eventId = idOfKey.get(event.seedKey);
    if (eventId === undefined) return [];
    return event.metrics.flatMap((slug) => {
      const metricId = metricIds.get(slug);
      return metricId === undefined ? [] : [{ eventId, metricId }];
    });
  });
  return (await tx.eventMetric.createMany({ data: links, skipDuplicates: true })).count;
}

/**
 * A data migration for corrected seed rows: the figure seeded from the old row becomes the corrected row by a
 * revision of the seed (editor null), once – it then carries the new row's seed key, so a later run finds
 * nothing to do and never adds the corrected row beside it. A field an editor has changed keeps the editor's
 * value (a three-way merge: only fields still as first seeded take the correction); a deleted figure stays
 * deleted. Databases seeded after the correction never held the old row and are not touched.
 */
async function applyCorrections(tx: Prisma.TransactionClient, corrections: readonly SeedCorrection[]): Promise<number> {
  let applied = 0;
  for (const { reason, was, now } of corrections) {
    const stored = await tx.figure.findUnique({ where: { seedKey: was.seedKey }, select: { id: true, version: true } });
    if (!stored || (await tx.figure.findUnique({ where: { seedKey: now.seedKey }, select: { id: true } }))) continue;
    const [figure] = await selectFigures(kyselyOver(tx), [sql`f.id = ${stored.id}`], undefined, { includeDeleted: true });
    const current = toFormValues(figure!);
    const [before, after] = [seedFormValues(was), seedFormValues(now)];
    const merged = Object.fromEntries(
      (Object.keys(current) as (keyof FigureFormValues)[]).map((key) => [key, current[key] === before[key] ? after[key] : current[key]]),
    ) as FigureFormValues;
    const input = FigureInputSchema.safeParse(merged);
    if (!input.success) throw new SeedDataError(`correction of ${now.file} line ${now.line}: ${input.error.issues[0]?.message}`);
    const result = await updateRecordIn(tx, figureRecords, null, stored.id, stored.version, input.data, {
      comment: `Seed data corrected: ${reason}`,
      allowDeleted: true,
    });
    if (!result.ok) throw new SeedDataError(`correction of ${now.file} line ${now.line} failed: ${result.kind}`);
    await tx.figure.update({ where: { id: stored.id }, data: { seedKey: now.seedKey } });
    applied += 1;
  }
  return applied;
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
