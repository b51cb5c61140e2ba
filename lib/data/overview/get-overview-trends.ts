import "server-only";
import type { Reader } from "../reader";
import { metricsPlacedOn } from "./overview-places";

/** The metrics editors chose for the overview's trend charts, in their order (`overviewTrend`, 1 first). */
export async function getOverviewTrendMetrics(db: Reader): Promise<string[]> {
  return (await metricsPlacedOn(db, "overview_trend")).map((metric) => metric.slug);
}
