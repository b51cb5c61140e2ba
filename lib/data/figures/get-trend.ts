import "server-only";
import { buildTrendSeries } from "../../dashboard/build-trend-series";
import { withinCap } from "../../dashboard/within-cap";
import { latestEdit } from "../../charts/last-changed";
import { chartEvents } from "../../dashboard/chart-events";
import type { FigureFilter } from "../../filters/figure-filter";
import type { Reader } from "../reader";
import { figuresWithMetricAndRoute } from "../live-figures";
import { sql } from "kysely";
import { getEvents } from "../events/get-events";
import { getMetric, getScaleFamily } from "../metrics/get-metrics";
import type { EventView, TrendChartData } from "../types";
import { figureFilterConditions } from "./get-figures";
import { selectFigures, whereClause } from "./select-figures";

/**
 * At most about this many dated figures make a trend: the latest, with every figure of the cut-off date kept so
 * a period's disagreeing sources stay side by side. A chart of more is unreadable (120 months is ten years, some
 * 5 px a month on a wide screen) and its table and props unbounded: each drawn figure is sent three times (the
 * table's HTML, the same table in the page's payload, the chart's props), ~1.2 KB, so a metric's page of 240 was
 * 1.06 MB at a million figures. The trend says what it left out, and its CSV has everything. No metric of the
 * sourced dataset has more than 78 figures.
 */
export const trendFigureLimit = 120;
export const undatedLimit = 24;
/**
 * A route's trend of one metric is one of a dozen small charts on the route's page (lib/dashboard/route-charts.ts):
 * it draws the latest 24 dated figures (two years of months) and 8 undated ones, so that the page stays within a
 * megabyte however many figures the route has (twelve charts of 240 were 6.4 MB at a million figures, of 36 still
 * 1.06 MB). Its metric's page has more, and the CSV everything.
 */
export const routeTrendFigureLimit = 24;
export const routeUndatedLimit = 8;

const datedCondition = sql`f.period_start IS NOT NULL AND f.period_end IS NOT NULL`;
const undatedCondition = sql`NOT (f.period_start IS NOT NULL AND f.period_end IS NOT NULL)`;

/**
 * A metric's figures shaped for a time chart, with the events to annotate it: those linked to the metric and, on
 * a route's chart, of that route or of no single route (chartEvents). Null for an unknown metric. A page that
 * draws several trends passes in events it has read once (all of them, or those of all its charts' metrics), and
 * each trend selects its own from them rather than querying again.
 */
export async function getTrend(
  db: Reader,
  metricSlug: string,
  filter: Omit<FigureFilter, "metric"> = {},
  known: { events?: EventView[] | Promise<EventView[]> } = {},
): Promise<TrendChartData | null> {
  const { kysely } = db;
  // The metric and its scale sisters (USD m beside USD bn) make one chart, in this metric's unit, with the events
  // linked to any of them.
  const family = await getScaleFamily(db, metricSlug);
  if (!family) return null;
  const shifts = new Map(family.map(({ metric, shift }) => [metric.slug, shift]));
  const chartMetrics = [...shifts.keys()];
  // By id, not slug: the planner then knows how many figures these metrics have. By slug it guessed thousands of a
  // seed metric's 27 among a million figures, walked the period index backwards to find the 240th latest, and read
  // all million (0.7-1.4 s for each of the overview's trends).
  const conditions = [
    sql`f.metric_id = ANY(${family.map(({ metric }) => metric.id)}::int[])`,
    ...figureFilterConditions({ ...filter, metric: undefined }),
  ];
  const from = sql`FROM ${figuresWithMetricAndRoute(kysely)}`;
  const limits = filter.route
    ? { dated: routeTrendFigureLimit, undated: routeUndatedLimit }
    : { dated: trendFigureLimit, undated: undatedLimit };
  const [
    metric,
    {
      rows: [cut],
    },
    {
      rows: [counts],
    },
    undatedFigures,
    events,
  ] = await Promise.all([
    getMetric(db, metricSlug),
    sql<{ cutoff: string }>`
      SELECT f.period_end::text AS cutoff ${from} ${whereClause([...conditions, datedCondition])}
      ORDER BY f.period_end DESC OFFSET ${limits.dated - 1} LIMIT 1`.execute(kysely),
    sql<{ dated: number; undated: number }>`
      SELECT count(*) FILTER (WHERE ${datedCondition})::int AS dated, count(*) FILTER (WHERE ${undatedCondition})::int AS undated
      ${from} ${whereClause(conditions)}`.execute(kysely),
    selectFigures(kysely, [...conditions, undatedCondition], undefined, { limit: limits.undated }),
    known.events ?? getEvents(db, { metrics: chartMetrics }),
  ]);
  if (!metric) return null;
  // Every figure of the cut-off date is kept, so that a period's disagreeing sources stay side by side; but not
  // without end: at a million figures one year of a metric had 400 (ten sources on each of forty routes), and the
  // page carried them all. Past the hard cap, the cut-off period goes, and if the latest period alone is over
  // it, the chart draws that period's first figures and says it left some out.
  const hardCap = Math.ceil(limits.dated * 1.5);
  const reached = await selectFigures(
    kysely,
    [...conditions, datedCondition, ...(cut ? [sql`f.period_end >= ${cut.cutoff}::date`] : [])],
    sql`ORDER BY f.period_end DESC, f.id`,
    { limit: hardCap + 1 },
  );
  const { figures: datedFigures, partial } = withinCap(reached, hardCap);
  const since = cut || partial || datedFigures.length < reached.length ? (datedFigures.at(-1)?.periodEnd ?? null) : null;
  const { series, undated, multiYear } = buildTrendSeries([...datedFigures, ...undatedFigures], {
    unit: metric.unit,
    shiftOf: (figure) => shifts.get(figure.metric.slug) ?? 0,
  });
  const omitted = {
    dated: counts!.dated - datedFigures.length,
    undated: counts!.undated - undatedFigures.length,
    since,
    ...(partial ? { partial } : {}),
  };
  const sisters = family.slice(1).map(({ metric: { slug, name, unit } }) => ({ slug, name, unit }));
  return {
    metric,
    sisters,
    series,
    undated,
    multiYear,
    events: chartEvents(events, { metrics: chartMetrics, route: filter.route }),
    lastEditedAt: latestEdit([...datedFigures, ...undatedFigures].map((figure) => figure.lastEditedAt)),
    ...(omitted.dated > 0 || omitted.undated > 0 ? { omitted } : {}),
  };
}
