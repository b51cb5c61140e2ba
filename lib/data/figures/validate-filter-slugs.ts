import "server-only";
import type { FigureFilter } from "../../filters/figure-filter";
import { getMetrics } from "../metrics/get-metrics";
import { getRoutes } from "../routes/get-routes";
import type { Reader } from "../reader";

/** Messages for a filter naming a route or metric that does not exist; empty when all are known. */
export async function unknownFilterSlugs(db: Reader, filter: FigureFilter): Promise<string[]> {
  const [routes, metrics] = await Promise.all([
    filter.route ? getRoutes(db) : Promise.resolve([]),
    filter.metric ? getMetrics(db) : Promise.resolve([]),
  ]);
  const errors: string[] = [];
  if (filter.route && !routes.some((route) => route.slug === filter.route)) errors.push(`There is no route called “${filter.route}”`);
  if (filter.metric && !metrics.some((metric) => metric.slug === filter.metric))
    errors.push(`There is no metric called “${filter.metric}”`);
  return errors;
}
