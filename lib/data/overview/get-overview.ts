import "server-only";
import { compareWithPrevious, latestWithComparison, type PeriodComparison } from "../../dashboard/compare-with-previous";
import { getRouteComparison } from "../comparison/get-route-comparison";
import { getEvents } from "../events/get-events";
import { getFigures } from "../figures/get-figures";
import { getTrend } from "../figures/get-trend";
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

/** Everything the overview shows, fetched in parallel: one round of queries, no waterfall. */
export async function getOverview(): Promise<Overview> {
  const allEvents = getEvents();
  const [tradeGrowth, rashtAstara, comparison, events, ...trends] = await Promise.all([
    getFigures({ metric: "russia_iran_trade_growth" }),
    getRashtAstaraStatus(),
    getRouteComparison(),
    allEvents,
    // Read once for the timeline and every trend; each trend draws only the events linked to its metric.
    ...overviewTrendMetrics.map((metric) => getTrend(metric, {}, { events: allEvents })),
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
