import "server-only";
import type { Reader } from "../reader";

/** The metrics editors chose for the overview's trend charts, in their order (`overviewTrend`, 1 first). */
export async function getOverviewTrendMetrics(db: Reader): Promise<string[]> {
  const rows = await db.kysely
    .selectFrom("metrics")
    .where("overview_trend", "is not", null)
    .orderBy("overview_trend")
    .orderBy("slug")
    .select(["slug"])
    .execute();
  return rows.map((metric) => metric.slug);
}
