import "server-only";
import { getRouteComparison } from "../comparison/get-route-comparison";
import { getEvents } from "../events/get-events";
import { getTrend } from "../figures/get-trend";
import type { EventView, RouteComparison, TrendChartData } from "../types";
import { getFeaturedCards, type FeaturedCard } from "./get-featured-cards";
import { getRashtAstaraStatus, type RashtAstaraStatus } from "./get-rasht-astara";

export type Overview = {
  /** The headline cards: the metrics editors featured, in their order. */
  featured: FeaturedCard[];
  rashtAstara: RashtAstaraStatus;
  comparison: RouteComparison[];
  trends: TrendChartData[];
  events: EventView[];
};

export const overviewTrendMetrics = ["russia_iran_trade_turnover", "azerbaijan_instc_transit", "middle_corridor_cargo"];

/** Everything the overview shows, fetched in parallel: one round of queries, no waterfall. */
export async function getOverview(): Promise<Overview> {
  const allEvents = getEvents();
  const [featured, rashtAstara, comparison, events, ...trends] = await Promise.all([
    getFeaturedCards(),
    getRashtAstaraStatus(),
    getRouteComparison(),
    allEvents,
    // Read once for the timeline and every trend; each trend draws only the events linked to its metric.
    ...overviewTrendMetrics.map((metric) => getTrend(metric, {}, { events: allEvents })),
  ]);
  const presentTrends = trends.filter((trend): trend is TrendChartData => trend !== null);
  return {
    featured,
    rashtAstara,
    comparison,
    trends: presentTrends,
    events,
  };
}
