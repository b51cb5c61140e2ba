import "server-only";
import type { FigureFormOptions } from "@/components/admin/figure-form-options";
import { getMetrics } from "@/lib/data/metrics/get-metrics";
import { getRoutes } from "@/lib/data/routes/get-routes";

/** The metrics (with their units) and routes the figure form offers, as plain data for the client. */
export async function loadFormOptions(): Promise<FigureFormOptions> {
  const [metrics, routes] = await Promise.all([getMetrics(), getRoutes()]);
  return {
    metrics: metrics.map(({ slug, name, unit }) => ({ slug, name, unit })),
    routes: routes.map(({ slug, name }) => ({ slug, name })),
  };
}
