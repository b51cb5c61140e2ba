import "server-only";
import { compareWithPrevious, latestWithComparison, type PeriodComparison } from "../../dashboard/compare-with-previous";
import { getRouteComparison } from "../comparison/get-route-comparison";
import { getEvents } from "../events/get-events";
import { getFigures } from "../figures/get-figures";
import { getTrend } from "../figures/get-trend";
import { readEvents, readFigures, readRashtAstaraStatus, readRouteComparison, readTrend } from "../public-reads";
import type { EventView, FigureView, RouteComparison, TrendChartData, TrendSeries } from "../types";
import { getRashtAstaraStatus, type RashtAstaraStatus } from "./get-rasht-astara";

export type Overview = {
  /** Every Russia–Iran growth figure; the headline is the Jan–Apr 2024 one. */
  tradeGrowth: FigureView[];
  azerbaijanTransit: {
    latest: (PeriodComparison & { series: TrendSeries }) | null;
    /** For each kind of period, its latest value against the year before, where the data has both. */
    comparisons: (PeriodComparison & { series: TrendSeries })[];
  };
  rashtAstara: RashtAstaraStatus;
  comparison: RouteComparison[];
  trends: TrendChartData[];
  events: EventView[];
};

export const overviewTrendMetrics = ["russia_iran_trade_turnover", "azerbaijan_instc_transit", "middle_corridor_cargo"];

/** The reads the overview is made of. */
export type OverviewReads = {
  figures: (filter: { metric: string }) => Promise<FigureView[]>;
  rashtAstara: typeof getRashtAstaraStatus;
  comparison: () => Promise<RouteComparison[]>;
  events: () => Promise<EventView[]>;
  trend: (metric: string) => Promise<TrendChartData | null>;
};

/** Each part a cached read of its own (lib/data/public-reads.ts), so a write re-reads only the parts it changed. */
const cachedReads: OverviewReads = { figures: readFigures, rashtAstara: readRashtAstaraStatus, comparison: readRouteComparison, events: readEvents, trend: readTrend };
/** Straight from the database, outside Next.js (the benchmark records the SQL of one overview with these). */
export const databaseReads: OverviewReads = {
  figures: getFigures,
  rashtAstara: getRashtAstaraStatus,
  comparison: () => getRouteComparison(),
  events: () => getEvents(),
  trend: (metric) => getTrend(metric),
};

/** Everything the overview shows, fetched in parallel: one round of queries, no waterfall. */
export async function getOverview(reads: OverviewReads = cachedReads): Promise<Overview> {
  const [tradeGrowth, rashtAstara, comparison, events, ...trends] = await Promise.all([
    reads.figures({ metric: "russia_iran_trade_growth" }),
    reads.rashtAstara(),
    reads.comparison(),
    reads.events(),
    ...overviewTrendMetrics.map((metric) => reads.trend(metric)),
  ]);
  const presentTrends = trends.filter((trend): trend is TrendChartData => trend !== null);
  const transit = presentTrends.find((trend) => trend.metric.slug === "azerbaijan_instc_transit");
  const latest = transit ? latestWithComparison(transit.series) : null;
  const comparisons = (transit?.series ?? [])
    .map((series) => ({ ...compareWithPrevious(series, series.points.at(-1)!), series }))
    .filter((comparison) => comparison.changePercent !== null);
  return {
    tradeGrowth,
    azerbaijanTransit: { latest, comparisons },
    rashtAstara,
    comparison,
    trends: presentTrends,
    events,
  };
}
