import "server-only";
import { getRouteComparison } from "../comparison/get-route-comparison";
import { getEvents } from "../events/get-events";
import { getTrend } from "../figures/get-trend";
import { readEvents, readFeaturedCards, readRashtAstaraStatus, readRouteComparison, readTrend } from "../public-reads";
import type { EventView, RouteComparison, TrendChartData } from "../types";
import type { AsOf } from "../../filters/as-of";
import type { Reader } from "../reader";
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

/** The reads the overview is made of. */
export type OverviewReads = {
  featured: () => Promise<FeaturedCard[]>;
  rashtAstara: () => Promise<RashtAstaraStatus>;
  comparison: () => Promise<RouteComparison[]>;
  events: () => Promise<EventView[]>;
  trend: (metric: string) => Promise<TrendChartData | null>;
};

/**
 * Each part a cached read of its own (lib/data/public-reads.ts), so a write re-reads only the parts it changed; as
 * the data stood at `asOf`, or now.
 */
export const cachedReads = (asOf: AsOf): OverviewReads => ({
  featured: () => readFeaturedCards(asOf),
  rashtAstara: () => readRashtAstaraStatus(asOf),
  comparison: () => readRouteComparison(asOf),
  events: () => readEvents(asOf),
  trend: (metric) => readTrend(asOf, metric),
});
/** Straight from the database, outside Next.js (the benchmark records the SQL of one overview with these). */
export const databaseReads = (db: Reader): OverviewReads => ({
  featured: () => getFeaturedCards(db),
  rashtAstara: () => getRashtAstaraStatus(db),
  comparison: () => getRouteComparison(db),
  events: () => getEvents(db),
  trend: (metric) => getTrend(db, metric),
});

/** Everything the overview shows, fetched in parallel: one round of queries, no waterfall. */
export async function getOverview(reads: OverviewReads): Promise<Overview> {
  const [featured, rashtAstara, comparison, events, ...trends] = await Promise.all([
    reads.featured(),
    reads.rashtAstara(),
    reads.comparison(),
    reads.events(),
    ...overviewTrendMetrics.map((metric) => reads.trend(metric)),
  ]);
  return { featured, rashtAstara, comparison, trends: trends.filter((trend): trend is TrendChartData => trend !== null), events };
}
