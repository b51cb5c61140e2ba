import type { EventView } from "../data/types";

/**
 * The events a trend chart draws: those linked to any of its metrics (the metric and, once charted together, its
 * scale sisters) and, on a route's chart, only those of that route or of no single route (a bilateral treaty
 * belongs on every route's trade chart; another route's attack does not). Pure, so a page that draws several
 * charts reads the events once and selects each chart's here.
 */
export function chartEvents<Event extends Pick<EventView, "metrics" | "route">>(
  events: readonly Event[],
  chart: { metrics: readonly string[]; route?: string | null },
): Event[] {
  const metrics = new Set(chart.metrics);
  return events.filter(
    (event) =>
      event.metrics.some((slug) => metrics.has(slug)) && (!chart.route || event.route === null || event.route.slug === chart.route),
  );
}
