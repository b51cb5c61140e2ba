import "server-only";
import { compareWithPrevious, latestWithComparison, type PeriodComparison } from "../../dashboard/compare-with-previous";
import { readEvents, readFigures, readRashtAstaraStatus, readRouteComparison, readTrend } from "../public-reads";
import type { EventView, FigureView, RouteComparison, TrendChartData, TrendSeries } from "../types";
import type { RashtAstaraStatus } from "./get-rasht-astara";

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

/**
 * Everything the overview shows, fetched in parallel: one round of queries, no waterfall. Each part is a cached
 * read of its own (lib/data/public-reads.ts), so a write re-reads only the parts it changed.
 */
export async function getOverview(): Promise<Overview> {
  const [tradeGrowth, rashtAstara, comparison, events, ...trends] = await Promise.all([
    readFigures({ metric: "russia_iran_trade_growth" }),
    readRashtAstaraStatus(),
    readRouteComparison(),
    readEvents(),
    ...overviewTrendMetrics.map((metric) => readTrend(metric)),
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
