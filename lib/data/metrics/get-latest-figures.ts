import "server-only";
import { sql } from "kysely";
import type { Reader } from "../reader";
import { liveFigures } from "../live-figures";
import { selectFigures } from "../figures/select-figures";
import type { FigureView } from "../types";

/**
 * Each metric's latest figure (latest period end, then latest publication; undated figures only where a metric
 * has no dated one), keyed by metric slug. One backward step of the (metric_id, period_end) index per metric, so
 * the metrics index stays fast whatever the number of figures.
 */
export async function getLatestFigureOfEachMetric(db: Reader): Promise<Map<string, FigureView>> {
  const { kysely } = db;
  const figures = await selectFigures(kysely, [
    sql`f.id IN (
      SELECT latest.id FROM metrics lm CROSS JOIN LATERAL (
        (SELECT g.id FROM ${liveFigures(kysely)} g
         WHERE g.metric_id = lm.id AND g.period_end IS NOT NULL
         ORDER BY g.period_end DESC, g.source_date DESC NULLS LAST, g.id DESC LIMIT 1)
        UNION ALL
        (SELECT g.id FROM ${liveFigures(kysely)} g
         WHERE g.metric_id = lm.id AND g.period_end IS NULL
         ORDER BY g.source_date DESC NULLS LAST, g.id DESC LIMIT 1)
        LIMIT 1) latest)`,
  ]);
  return new Map(figures.map((figure) => [figure.metric.slug, figure]));
}
