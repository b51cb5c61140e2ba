import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { decimalPattern } from "../admin/figure-input";
import { metricCategories } from "../admin/metrics/metric-input";
import { isWebAddress } from "../admin/source-fields";
import { maxCardMetrics } from "../admin/metrics/metric-input";
import { formatLookalikes, maxDifference, type Lookalike } from "../metrics/lookalikes";
import { parseRouteNodes, type RouteNode } from "../routes/route-nodes";
import { parseIsoDate, parsePartialDate, type DatePrecision } from "../dates/partial-date";

// The seed CSVs are parsed strictly: a typo in a value or a date must stop the seed, not become a wrong figure.
// Blank cells are unknown and become null, never zero.

const blankToNull = (value: unknown) => (value === "" ? null : value);
const optionalText = z.preprocess(blankToNull, z.string().nullable());
const requiredText = z.string().trim().min(1, "is required");
// The same rules as the admin form and the CSV import (figure-input.ts, source-fields.ts): a seeded figure is one
// an editor could have typed.
const decimalText = z
  .string()
  .regex(
    decimalPattern,
    "must be a decimal number such as 4.03 or -50: a point for decimals, no leading zeros, at most 20 digits each side",
  );
const isoDate = z.preprocess(
  blankToNull,
  z
    .string()
    .nullable()
    .transform((text, ctx) => {
      if (text === null) return null;
      const date = parseIsoDate(text);
      if (!date) ctx.addIssue({ code: "custom", message: `"${text}" is not a calendar date (YYYY-MM-DD)` });
      return date;
    }),
);
const partialDate = z.preprocess(
  blankToNull,
  z
    .string()
    .nullable()
    .transform((text, ctx) => {
      if (text === null) return null;
      const parsed = parsePartialDate(text);
      if (!parsed) ctx.addIssue({ code: "custom", message: `"${text}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)` });
      return parsed;
    }),
);
const slug = z.string().regex(/^[a-z0-9_-]+$/, "must be a lowercase slug");

const RouteRow = z.object({
  slug,
  name: requiredText,
  kind: z.enum(["instc", "alternative"]),
  modes: requiredText.transform((text) => text.split(";").map((mode) => mode.trim())),
  via: requiredText,
  description: requiredText,
});

const MetricRow = z.object({
  slug,
  name: requiredText,
  unit: requiredText,
  category: z.enum(metricCategories),
  description: requiredText,
});

const sourceColumns = {
  source_publisher: requiredText,
  source_title_or_id: requiredText,
  // Shown as a link: only http(s), so a mistyped scheme ("htps://") stops the seed instead of becoming a dead link.
  source_url: z.preprocess(
    blankToNull,
    z.string().refine(isWebAddress, "must be a web address starting with http:// or https://").nullable(),
  ),
  source_date: partialDate,
};

const FactRow = z
  .object({
    metric: slug,
    route: z.preprocess(blankToNull, slug.nullable()),
    subject: requiredText,
    value: decimalText,
    unit: requiredText,
    period_start: isoDate,
    period_end: isoDate,
    period_label: optionalText,
    status: z.enum(["reported", "claim", "forecast", "plan"]),
    ...sourceColumns,
    note: optionalText,
  })
  .refine((row) => !row.period_start || !row.period_end || row.period_end >= row.period_start, {
    message: "period_end is before period_start",
    path: ["period_end"],
  });

const EventRow = z.object({
  date: z.string().transform((text, ctx) => {
    const date = parseIsoDate(text);
    if (!date) ctx.addIssue({ code: "custom", message: `"${text}" is not a calendar date (YYYY-MM-DD)` });
    return date ?? new Date(NaN);
  }),
  date_precision: z.enum(["day", "month", "year"]),
  title: requiredText,
  route: z.preprocess(blankToNull, slug.nullable()),
  status: z.enum(["happened", "planned"]),
  ...sourceColumns,
});

export type SeedSource = {
  publisher: string;
  title: string;
  url: string | null;
  date: Date | null;
  datePrecision: DatePrecision | null;
};
/** A route with its map path (route-nodes.csv; none if the file has no row for it). */
export type SeedRoute = z.infer<typeof RouteRow> & { position: number; nodes: RouteNode[] };
/**
 * A metric with its look-alikes as the metric form stores them ("slug: difference" a line; "" for none) and its
 * places among the overview's headline cards (metric-featured.csv; null: not featured) and trend charts
 * (metric-trends.csv; null: not charted there).
 */
export type SeedMetric = z.infer<typeof MetricRow> & {
  lookalikes: string;
  featured: number | null;
  overviewTrend: number | null;
  /** metric-cards.csv: the metric its headline card measures progress against ("" for none) and the metrics it lists. */
  progressAgainst: string;
  /** Slugs one a line, as the metric form stores them; "" for none. */
  cardMetrics: string;
};
export type SeedFigure = {
  seedKey: string;
  file: string;
  line: number;
  metric: string;
  route: string | null;
  subject: string;
  value: string;
  unit: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  periodLabel: string | null;
  status: "reported" | "claim" | "forecast" | "plan";
  source: SeedSource;
  note: string | null;
};
export type SeedEvent = {
  seedKey: string;
  line: number;
  date: Date;
  datePrecision: DatePrecision;
  title: string;
  route: string | null;
  status: "happened" | "planned";
  source: SeedSource;
  /** Slugs of the metrics whose charts the event annotates (event-metrics.csv), sorted; empty for none. */
  metrics: string[];
};
/**
 * A seed row that was corrected in the reference data after databases were filled from it: the figure seeded
 * from the old row (`was`) becomes the corrected row (`now`) by a revision, instead of gaining a duplicate.
 */
export type SeedCorrection = { reason: string; was: SeedFigure; now: SeedFigure };
export type SeedData = {
  routes: SeedRoute[];
  metrics: SeedMetric[];
  figures: SeedFigure[];
  events: SeedEvent[];
  corrections: SeedCorrection[];
};
export type SeedFiles = {
  routes: string;
  metrics: string;
  facts: string;
  /** Figures a source states in the note of a facts.csv row (same format, same source), kept apart from the reference copy. */
  factsFromNotes?: string;
  events: string;
  /** metric-lookalikes.csv: `metric,lookalike,difference`, the project's reading of which metrics sound alike. */
  metricLookalikes?: string;
  /** metric-featured.csv: `metric,featured`, the project's choice of headline cards for the overview, 1 first. */
  metricFeatured?: string;
  /** metric-trends.csv: `metric,trend`, the project's choice of trend charts for the overview, 1 first. */
  metricTrends?: string;
  /**
   * metric-cards.csv: `metric,progress_against,card_metrics`, the project's choice of what a headline card shows
   * beside its metric: the whole it is progress towards (same unit) and other metrics listed (space-separated slugs).
   */
  metricCards?: string;
  /** route-nodes.csv: `route,seq,name,country,kind,lat,lon,to_next,note`, each route's path for the schematic map. */
  routeNodes?: string;
  /**
   * event-metrics.csv: `date,title,metrics`, the metrics (space-separated slugs) each event is drawn on, matched to
   * an events.csv row by its date and title; kept apart so events.csv stays the reference copy.
   */
  eventMetrics?: string;
  /** corrections.json: `[{ file: "facts.csv", reason, was: { every column of the old row }, now: { changed columns } }]`. */
  corrections?: string;
};

export class SeedDataError extends Error {
  override name = "SeedDataError";
}

type Record = { line: number; fields: { [column: string]: string } };

function readCsv(file: string, text: string, columns: readonly string[]): Record[] {
  return readCsvWithHeader(file, text, columns).records;
}

function readCsvWithHeader(file: string, text: string, columns: readonly string[]): { header: string[]; records: Record[] } {
  // The header is read from the header line itself, so a file with a header and no rows yet is valid and empty.
  let header: string[] = [];
  const rows = parse(text, {
    columns: (names: string[]) => {
      header = names;
      return names;
    },
    bom: true,
    info: true,
    skip_empty_lines: true,
  }) as {
    record: { [column: string]: string };
    info: { lines: number };
  }[];
  const missing = columns.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new SeedDataError(`${file}: missing column(s) ${missing.join(", ")}`);
  return { header, records: rows.map(({ record, info }) => ({ line: info.lines, fields: record })) };
}

function parseRows<T>(file: string, records: Record[], schema: z.ZodType<T>): (T & { line: number; raw: Record["fields"] })[] {
  return records.map(({ line, fields }) => {
    const result = schema.safeParse(fields);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new SeedDataError(`${file} line ${line}, column ${issue?.path.join(".")}: ${issue?.message}`);
    }
    return { ...result.data, line, raw: fields };
  });
}

/** A stable key for a seed row: the same row always maps to the same figure, whatever its line number. */
function seedKey(kind: string, fields: Record["fields"]): string {
  const digest = createHash("sha256")
    .update(JSON.stringify(Object.entries(fields)))
    .digest("hex");
  return `${kind}:${digest.slice(0, 24)}`;
}

function toSource(row: z.infer<z.ZodObject<typeof sourceColumns>>): SeedSource {
  return {
    publisher: row.source_publisher,
    title: row.source_title_or_id,
    url: row.source_url,
    date: row.source_date?.date ?? null,
    datePrecision: row.source_date?.precision ?? null,
  };
}

export function parseSeedData(files: SeedFiles): SeedData {
  const routes = parseRows("routes.csv", readCsv("routes.csv", files.routes, Object.keys(RouteRow.shape)), RouteRow).map(
    ({ line: _line, raw: _raw, ...route }, index) => ({ ...route, position: index + 1, nodes: [] as RouteNode[] }),
  );
  if (files.routeNodes !== undefined) {
    const nodes = parseSeedRouteNodes(files.routeNodes, new Set(routes.map((route) => route.slug)));
    for (const route of routes) route.nodes = nodes.get(route.slug) ?? [];
  }
  const metricRows = parseRows("metrics.csv", readCsv("metrics.csv", files.metrics, Object.keys(MetricRow.shape)), MetricRow);
  const lookalikes =
    files.metricLookalikes === undefined
      ? new Map<string, Lookalike[]>()
      : parseMetricLookalikes(files.metricLookalikes, new Set(metricRows.map((row) => row.slug)));
  const metricSlugs = new Set(metricRows.map((row) => row.slug));
  const featured = parseMetricPlaces("metric-featured.csv", "featured", files.metricFeatured, metricSlugs);
  const trends = parseMetricPlaces("metric-trends.csv", "trend", files.metricTrends, metricSlugs);
  const cards = parseMetricCards(files.metricCards, new Map(metricRows.map((row) => [row.slug, row.unit])));
  const metrics = metricRows.map(({ line: _line, raw: _raw, ...metric }): SeedMetric => ({
    ...metric,
    lookalikes: formatLookalikes(lookalikes.get(metric.slug) ?? []),
    featured: featured.get(metric.slug) ?? null,
    overviewTrend: trends.get(metric.slug) ?? null,
    progressAgainst: cards.get(metric.slug)?.progressAgainst ?? "",
    cardMetrics: cards.get(metric.slug)?.cardMetrics ?? "",
  }));
  const routeSlugs = new Set(routes.map((route) => route.slug));
  const metricUnits = new Map(metrics.map((metric) => [metric.slug, metric.unit]));

  const toFigures = (file: string, records: Record[]) =>
    parseRows(file, records, FactRow).map((row): SeedFigure => {
      const unit = metricUnits.get(row.metric);
      if (unit === undefined) throw new SeedDataError(`${file} line ${row.line}: unknown metric "${row.metric}"`);
      if (unit !== row.unit)
        throw new SeedDataError(`${file} line ${row.line}: unit "${row.unit}" differs from metric ${row.metric}'s "${unit}"`);
      if (row.route && !routeSlugs.has(row.route)) throw new SeedDataError(`${file} line ${row.line}: unknown route "${row.route}"`);
      return {
        seedKey: seedKey("fact", row.raw),
        file,
        line: row.line,
        metric: row.metric,
        route: row.route,
        subject: row.subject,
        value: row.value,
        unit: row.unit,
        periodStart: row.period_start,
        periodEnd: row.period_end,
        periodLabel: row.period_label,
        status: row.status,
        source: toSource(row),
        note: row.note,
      };
    });
  const factColumns = ["metric", "value", "unit"];
  const facts = readCsvWithHeader("facts.csv", files.facts, factColumns);
  const figures = [
    ...toFigures("facts.csv", facts.records),
    ...(files.factsFromNotes === undefined
      ? []
      : toFigures("facts-from-notes.csv", readCsv("facts-from-notes.csv", files.factsFromNotes, factColumns))),
  ];
  const corrections = files.corrections === undefined ? [] : parseCorrections(files.corrections, facts.header, figures, toFigures);

  const events = parseRows("events.csv", readCsv("events.csv", files.events, ["date", "title"]), EventRow).map((row): SeedEvent => {
    if (row.route && !routeSlugs.has(row.route)) throw new SeedDataError(`events.csv line ${row.line}: unknown route "${row.route}"`);
    return {
      seedKey: seedKey("event", row.raw),
      line: row.line,
      date: row.date,
      datePrecision: row.date_precision,
      title: row.title,
      route: row.route,
      status: row.status,
      source: toSource(row),
      metrics: [],
    };
  });
  if (files.eventMetrics !== undefined) linkEventsToMetrics(files.eventMetrics, events, new Set(metricUnits.keys()));

  const seen = new Map<string, { file: string; line: number }>();
  for (const row of [...figures, ...events.map((event) => ({ ...event, file: "events.csv" }))]) {
    const earlier = seen.get(row.seedKey);
    if (earlier !== undefined) {
      const where = earlier.file === row.file ? `line ${earlier.line}` : `${earlier.file} line ${earlier.line}`;
      throw new SeedDataError(`${row.file} line ${row.line} repeats ${where} exactly`);
    }
    seen.set(row.seedKey, { file: row.file, line: row.line });
  }
  return { routes, metrics, figures, events, corrections };
}

const RouteNodeRow = z.object({
  route: slug,
  seq: z
    .string()
    .regex(/^[1-9]\d*$/, "must be 1, 2, 3…")
    .transform(Number),
  name: requiredText,
  country: requiredText,
  kind: requiredText,
  lat: requiredText,
  lon: requiredText,
  to_next: z.string(),
  note: z.string(),
});

/**
 * Each route's nodes, in `seq` order (1, 2, 3… with no gap, in file order), read by the rule the route form uses
 * (lib/routes/route-nodes), so a seeded path is one an editor could have saved.
 */
function parseSeedRouteNodes(text: string, routeSlugs: ReadonlySet<string>): Map<string, RouteNode[]> {
  const file = "route-nodes.csv";
  const byRoute = new Map<string, z.infer<typeof RouteNodeRow>[]>();
  for (const row of parseRows(file, readCsv(file, text, Object.keys(RouteNodeRow.shape)), RouteNodeRow)) {
    if (!routeSlugs.has(row.route)) throw new SeedDataError(`${file} line ${row.line}: unknown route "${row.route}"`);
    const list = byRoute.get(row.route) ?? [];
    if (row.seq !== list.length + 1)
      throw new SeedDataError(`${file} line ${row.line}: ${row.route}'s node ${row.seq} should be ${list.length + 1}`);
    byRoute.set(row.route, [...list, row]);
  }
  const nodes = new Map<string, RouteNode[]>();
  for (const [route, rows] of byRoute) {
    const lines = rows.map((row) =>
      [row.name, row.country, row.kind, row.lat, row.lon, row.to_next, row.note].map((cell) => cell.trim()).join(" | "),
    );
    const parsed = parseRouteNodes(lines.join("\n"));
    if (!parsed.ok) throw new SeedDataError(`${file}, route ${route}: ${parsed.errors.join("; ")}`);
    nodes.set(route, parsed.nodes);
  }
  return nodes;
}

const LookalikeRow = z.object({ metric: slug, lookalike: slug, difference: requiredText.max(maxDifference) });

/** Each metric's look-alikes, in file order; every slug must be a metric of metrics.csv, and no pair twice. */
function parseMetricLookalikes(text: string, metricSlugs: Set<string>): Map<string, Lookalike[]> {
  const byMetric = new Map<string, Lookalike[]>();
  for (const row of parseRows(
    "metric-lookalikes.csv",
    readCsv("metric-lookalikes.csv", text, Object.keys(LookalikeRow.shape)),
    LookalikeRow,
  )) {
    const where = `metric-lookalikes.csv line ${row.line}`;
    for (const slugOf of [row.metric, row.lookalike]) {
      if (!metricSlugs.has(slugOf)) throw new SeedDataError(`${where}: unknown metric "${slugOf}"`);
    }
    if (row.metric === row.lookalike) throw new SeedDataError(`${where}: a metric cannot be its own look-alike`);
    const list = byMetric.get(row.metric) ?? [];
    if (list.some((entry) => entry.slug === row.lookalike))
      throw new SeedDataError(`${where}: ${row.metric} and ${row.lookalike} are paired twice`);
    byMetric.set(row.metric, [...list, { slug: row.lookalike, difference: row.difference }]);
  }
  return byMetric;
}

const place = z
  .string()
  .regex(/^\d{1,2}$/, "must be a whole number from 1 to 99")
  .transform(Number)
  .refine((value) => value >= 1, "must be a whole number from 1 to 99");

/**
 * Each listed metric's place on the overview (`metric,<column>`: headline cards, trend charts); every slug must be a
 * metric of metrics.csv, each metric and place once. No file: no metric has a place.
 */
function parseMetricPlaces(file: string, column: string, text: string | undefined, metricSlugs: Set<string>): Map<string, number> {
  const places = new Map<string, number>();
  if (text === undefined) return places;
  // The place's column is named for what it places (featured, trend), so a bad cell is reported under its name.
  const Row: z.ZodType<{ metric: string; place: number }> = z
    .object({ metric: slug })
    .extend({ [column]: place })
    .transform((row: { [key: string]: unknown }) => ({ metric: row.metric as string, place: row[column] as number }));
  for (const row of parseRows(file, readCsv(file, text, ["metric", column]), Row)) {
    const where = `${file} line ${row.line}`;
    if (!metricSlugs.has(row.metric)) throw new SeedDataError(`${where}: unknown metric "${row.metric}"`);
    if (places.has(row.metric)) throw new SeedDataError(`${where}: ${row.metric} is listed twice`);
    const taken = [...places].find(([, other]) => other === row.place);
    if (taken) throw new SeedDataError(`${where}: place ${row.place} is already ${taken[0]}'s`);
    places.set(row.metric, row.place);
  }
  return places;
}

const MetricCardRow = z.object({
  metric: slug,
  progress_against: z.preprocess(blankToNull, slug.nullable()),
  card_metrics: z.string().transform((text) => text.split(/\s+/).filter((entry) => entry !== "")),
});

/**
 * What each listed metric's headline card shows beside it: the same checks as the metric form's (metric-records.ts),
 * so the seed cannot store what an editor could not save. No file: no card shows more than its metric.
 */
function parseMetricCards(
  text: string | undefined,
  units: ReadonlyMap<string, string>,
): Map<string, { progressAgainst: string; cardMetrics: string }> {
  const file = "metric-cards.csv";
  const cards = new Map<string, { progressAgainst: string; cardMetrics: string }>();
  if (text === undefined) return cards;
  for (const row of parseRows(file, readCsv(file, text, Object.keys(MetricCardRow.shape)), MetricCardRow)) {
    const where = `${file} line ${row.line}`;
    for (const named of [row.metric, row.progress_against, ...row.card_metrics])
      if (named !== null && !units.has(named)) throw new SeedDataError(`${where}: unknown metric "${named}"`);
    if (cards.has(row.metric)) throw new SeedDataError(`${where}: ${row.metric} is listed twice`);
    if (row.progress_against === row.metric || row.card_metrics.includes(row.metric))
      throw new SeedDataError(`${where}: ${row.metric}'s card cannot name ${row.metric} again`);
    if (row.progress_against !== null && units.get(row.progress_against) !== units.get(row.metric))
      throw new SeedDataError(`${where}: ${row.metric} and ${row.progress_against} are counted in different units`);
    if (new Set(row.card_metrics).size < row.card_metrics.length) throw new SeedDataError(`${where}: a metric is named twice`);
    if (row.card_metrics.length > maxCardMetrics) throw new SeedDataError(`${where}: at most ${maxCardMetrics} card metrics`);
    cards.set(row.metric, { progressAgainst: row.progress_against ?? "", cardMetrics: row.card_metrics.join("\n") });
  }
  return cards;
}

const EventMetricsRow = z.object({
  date: z.string().refine((text) => parseIsoDate(text) !== null, "is not a calendar date (YYYY-MM-DD)"),
  title: requiredText,
  metrics: requiredText.transform((text) => text.split(/\s+/)),
});

/**
 * Sets each event's metrics from event-metrics.csv. Every row must name exactly one event of events.csv (by its
 * date and title, as written there) and only known metrics: a link that matches nothing would silently do nothing.
 */
function linkEventsToMetrics(text: string, events: SeedEvent[], metricSlugs: ReadonlySet<string>) {
  const file = "event-metrics.csv";
  const linked = new Map<SeedEvent, number>();
  for (const row of parseRows(file, readCsv(file, text, ["date", "title", "metrics"]), EventMetricsRow)) {
    const matches = events.filter((event) => event.date.toISOString().slice(0, 10) === row.date && event.title === row.title);
    if (matches.length === 0)
      throw new SeedDataError(`${file} line ${row.line}: no event in events.csv has date ${row.date} and title "${row.title}"`);
    if (matches.length > 1)
      throw new SeedDataError(
        `${file} line ${row.line}: ${matches.length} events in events.csv have date ${row.date} and title "${row.title}"`,
      );
    const event = matches[0]!;
    const earlier = linked.get(event);
    if (earlier !== undefined) throw new SeedDataError(`${file} line ${row.line}: links the same event as line ${earlier}`);
    const unknown = row.metrics.find((slug) => !metricSlugs.has(slug));
    if (unknown !== undefined) throw new SeedDataError(`${file} line ${row.line}: unknown metric "${unknown}"`);
    const repeated = row.metrics.find((slug, index) => row.metrics.indexOf(slug) !== index);
    if (repeated !== undefined) throw new SeedDataError(`${file} line ${row.line}: names metric "${repeated}" twice`);
    linked.set(event, row.line);
    event.metrics = [...row.metrics].sort();
  }
}

const CorrectionEntry = z.strictObject({
  file: z.literal("facts.csv"),
  reason: requiredText,
  was: z.record(z.string(), z.string()),
  now: z.record(z.string(), z.string()),
});

/**
 * The old row is given whole, in any key order, and keyed as its CSV line was (columns in the header's order),
 * so its seed key is the one databases filled from it hold. The corrected row must be in facts.csv and the old
 * one must not: a correction that no longer matches the data stops the seed instead of doing nothing.
 */
function parseCorrections(
  text: string,
  header: readonly string[],
  figures: readonly SeedFigure[],
  toFigures: (file: string, records: Record[]) => SeedFigure[],
): SeedCorrection[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SeedDataError(`corrections.json: ${(error as Error).message}`);
  }
  const entries = z.array(CorrectionEntry).safeParse(json);
  if (!entries.success) {
    const issue = entries.error.issues[0];
    throw new SeedDataError(`corrections.json, at ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const byKey = new Map(figures.map((figure) => [figure.seedKey, figure]));
  return entries.data.map((entry, index) => {
    const where = `corrections.json entry ${index + 1}`;
    const columns = [...Object.keys(entry.was), ...Object.keys(entry.now)];
    const unknown = columns.filter((column) => !header.includes(column));
    if (unknown.length > 0) throw new SeedDataError(`${where}: unknown column(s) ${[...new Set(unknown)].join(", ")}`);
    const missing = header.filter((column) => !(column in entry.was));
    if (missing.length > 0) throw new SeedDataError(`${where}: "was" lacks column(s) ${missing.join(", ")}`);
    const inHeaderOrder = (row: { [column: string]: string }) => Object.fromEntries(header.map((column) => [column, row[column]!]));
    const [was] = toFigures(where, [{ line: index + 1, fields: inHeaderOrder(entry.was) }]);
    const [corrected] = toFigures(where, [{ line: index + 1, fields: inHeaderOrder({ ...entry.was, ...entry.now }) }]);
    const now = byKey.get(corrected!.seedKey);
    if (!now) throw new SeedDataError(`${where}: the corrected row is not in facts.csv`);
    if (byKey.has(was!.seedKey)) throw new SeedDataError(`${where}: the old row is still in facts.csv`);
    return { reason: entry.reason, was: was!, now };
  });
}
