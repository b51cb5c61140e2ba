import { describe, expect, it } from "vitest";
import { chartCsvUrl, chartEmbedUrl, chartImageUrl, chartPagePath, type ChartState } from "./chart-state";

describe("a chart's addresses", () => {
  it("carry the same state in the CSV, the images and the embed", () => {
    const trend: ChartState = { chart: "trend", filter: { metric: "russia_iran_trade_turnover", route: "instc-west", from: "2020-01-01" } };
    const query = "?metric=russia_iran_trade_turnover&route=instc-west&from=2020-01-01";
    expect(chartCsvUrl(trend)).toBe(`/api/csv/figures${query}`);
    expect(chartImageUrl(trend, "svg")).toBe(`/api/images/trend.svg${query}`);
    expect(chartImageUrl(trend, "png")).toBe(`/api/images/trend.png${query}`);
    expect(chartEmbedUrl(trend)).toBe(`/embed/trend${query}`);
    expect(chartPagePath(trend)).toBe("/routes/instc-west");
  });

  it("name a comparison by its measure and the map by the route it highlights", () => {
    expect(chartCsvUrl({ chart: "comparison", measure: "transit_time" })).toBe("/api/csv/comparison/transit_time");
    expect(chartImageUrl({ chart: "comparison", measure: "transit_time" }, "png")).toBe("/api/images/comparison.png?measure=transit_time");
    expect(chartCsvUrl({ chart: "map" })).toBeNull();
    expect(chartEmbedUrl({ chart: "map", route: "suez" })).toBe("/embed/map?route=suez");
    expect(chartPagePath({ chart: "map" })).toBe("/");
    expect(chartPagePath({ chart: "trend", filter: { metric: "x" } })).toBe("/metrics/x");
  });
});
