import "server-only";
import { getRouteComparison } from "../comparison/get-route-comparison";
import { getEvents } from "../events/get-events";
import { getTrend } from "../figures/get-trend";
import { readEvents, readFeaturedCards, readOverviewTrendMetrics, readRouteComparison, readTrend } from "../public-reads";
import type { EventView, RouteComparison, TrendChartData } from "../types";
import type { AsOf } from "../../filters/as-of";
import type { Reader } from "../reader";
import { getFeaturedCards, type FeaturedCard } from "./get-featured-cards";
import { getOverviewTrendMetrics } from "./get-overview-trends";

export type Overview = {
  /** The headline cards: the metrics editors featured, in their order. */
  featured: FeaturedCard[];
  comparison: RouteComparison[];
  trends: TrendChartData[];
  events: EventView[];
};

/** The reads the overview is made of. */
export type OverviewReads = {
  featured: () => Promise<FeaturedCard[]>;
  comparison: () => Promise<RouteComparison[]>;
  events: () => Promise<EventView[]>;
  /** The metrics charted as trends, in the editors' order. */
  trendMetrics: () => Promise<string[]>;
  trend: (metric: string) => Promise<TrendChartData | null>;
};

/**
 * Each part a cached read of its own (lib/data/public-reads.ts), so a write re-reads only the parts it changed; as
 * the data stood at `asOf`, or now.
 */
export const cachedReads = (asOf: AsOf): OverviewReads => ({
  featured: () => readFeaturedCards(asOf),
  comparison: () => readRouteComparison(asOf),
  events: () => readEvents(asOf),
  trendMetrics: () => readOverviewTrendMetrics(asOf),
  trend: (metric) => readTrend(asOf, metric),
});
/** Straight from the database, outside Next.js (the benchmark records the SQL of one overview with these). */
export const databaseReads = (db: Reader): OverviewReads => ({
  featured: () => getFeaturedCards(db),
  comparison: () => getRouteComparison(db),
  events: () => getEvents(db),
  trendMetrics: () => getOverviewTrendMetrics(db),
  trend: (metric) => getTrend(db, metric),
});

/** Everything the overview shows, fetched in parallel: the trends wait only for which metrics they are. */
export async function getOverview(reads: OverviewReads): Promise<Overview> {
  const trends = reads.trendMetrics().then((metrics) => Promise.all(metrics.map((metric) => reads.trend(metric))));
  const [featured, comparison, events, charted] = await Promise.all([reads.featured(), reads.comparison(), reads.events(), trends]);
  return { featured, comparison, trends: charted.filter((trend): trend is TrendChartData => trend !== null), events };
}
