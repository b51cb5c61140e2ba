import { describe, expect, it } from "vitest";
import type { RouteMetric } from "../data/figures/get-figure-facets";
import { routeCharts } from "./route-charts";

const metric = (slug: string, dated: number, figures = dated): RouteMetric => ({ slug, name: slug, unit: "t", figures, dated });

describe("routeCharts", () => {
  it("charts one metric a family, named by the family's own metric, and never a metric without a dated figure", () => {
    const { charted, notCharted } = routeCharts([
      metric("suez_revenue_usd_m", 3),
      metric("suez_revenue", 2),
      metric("route_length", 0, 4),
      metric("transit_time", 5),
    ]);
    expect(charted.map((entry) => entry.slug)).toEqual(["suez_revenue", "transit_time"]);
    expect(notCharted).toEqual([]);
  });

  it("charts at most `max` families, the busiest, in the route's order, and names the rest", () => {
    const metrics = Array.from({ length: 60 }, (_, index) =>
      metric(`bench_metric_${String(index + 1).padStart(2, "0")}`, 100 + (index % 7)),
    );
    const { charted, notCharted } = routeCharts(metrics, 12);
    expect(charted).toHaveLength(12);
    expect(notCharted).toHaveLength(48);
    // The busiest (106 dated figures: every seventh from the seventh) first, then 105s, in the route's order.
    expect(charted.every((entry) => entry.dated >= 105)).toBe(true);
    expect(charted.map((entry) => entry.slug)).toEqual([...charted.map((entry) => entry.slug)].sort());
    expect(new Set([...charted, ...notCharted].map((entry) => entry.slug)).size).toBe(60);
  });

  it("counts a family's dated figures together when it picks the busiest", () => {
    const { charted } = routeCharts([metric("a", 5), metric("b_usd_m", 3), metric("b", 3), metric("c", 4)], 2);
    // b's family has 6 (3 + 3), a 5, c 4: b and a, in the route's order.
    expect(charted.map((entry) => entry.slug)).toEqual(["a", "b"]);
  });
});
