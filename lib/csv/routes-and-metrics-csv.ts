import type { MetricSummary, RouteSummary } from "../data/types";
import { tableToCsv } from "./figure-csv";

// The routes and metrics the figures' `route` and `metric` columns name by slug, as tables of their own (the data
// package joins on them).

export const routeCsvColumns = ["slug", "name", "kind", "modes", "via", "description", "position"] as const;

/** Routes in the dashboard's order; `modes` separated by spaces. */
export function routesToCsv(routes: RouteSummary[]): string {
  return tableToCsv(
    routeCsvColumns,
    routes.map((route) => [
      route.slug,
      route.name,
      route.kind,
      route.modes.join(" "),
      route.via,
      route.description,
      String(route.position),
    ]),
    ["position"],
  );
}

export const metricCsvColumns = ["slug", "name", "unit", "category", "description", "figure_count"] as const;

export function metricsToCsv(metrics: MetricSummary[]): string {
  return tableToCsv(
    metricCsvColumns,
    metrics.map((metric) => [metric.slug, metric.name, metric.unit, metric.category, metric.description, String(metric.figureCount)]),
    ["figure_count"],
  );
}
