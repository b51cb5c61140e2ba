import type { RouteMetric } from "../data/figures/get-figure-facets";
import { familyStem } from "../metrics/scale-family";

/** How many trend charts a route page draws: the dataset's busiest route has 10; a route with more lists the rest. */
export const maxRouteCharts = 12;

/**
 * Which of a route's metrics get a chart on its page: one per family with a dated figure (scale sisters share one,
 * named by the family's own metric where the route has it), the families with the most dated figures first, at most
 * `max`, shown in the order the route's metrics come in. The families past `max` are named (their charted metric),
 * each a link to its figures, so a route of sixty metrics is a page of twelve charts, not sixty.
 */
export function routeCharts(metrics: readonly RouteMetric[], max = maxRouteCharts): { charted: RouteMetric[]; notCharted: RouteMetric[] } {
  const families = new Map<string, { metric: RouteMetric; dated: number; order: number }>();
  for (const [order, metric] of metrics.entries()) {
    if (metric.dated === 0) continue;
    const stem = familyStem(metric.slug);
    const family = families.get(stem);
    if (!family) families.set(stem, { metric, dated: metric.dated, order });
    else {
      family.dated += metric.dated;
      if (metric.slug === stem) family.metric = metric;
    }
  }
  const busiest = [...families.values()].sort((a, b) => b.dated - a.dated || a.order - b.order);
  const byOrder = (list: typeof busiest) => list.sort((a, b) => a.order - b.order).map((family) => family.metric);
  return { charted: byOrder(busiest.slice(0, max)), notCharted: byOrder(busiest.slice(max)) };
}
