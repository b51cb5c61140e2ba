import { describe, expect, it } from "vitest";
import { defaultTrendView, parseTrendView, trendViewPrefix } from "../filters/trend-view";
import {
  chartCsvUrl,
  chartEmbedUrl,
  chartImageUrl,
  chartPagePath,
  ChartStateSchema,
  parseChartQuery,
  trendChartState,
  type ChartState,
} from "./chart-state";

describe("a chart's addresses", () => {
  it("carry the same state in the CSV, the images and the embed", () => {
    const trend: ChartState = trendChartState({ metric: "russia_iran_trade_turnover", route: "instc-west", from: "2020-01-01" });
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
    expect(chartPagePath(trendChartState({ metric: "x" }))).toBe("/metrics/x");
  });
});

describe("a trend's view in its state", () => {
  const view = { since: 2021, until: 2024, mode: "indexed" as const, scale: "log" as const, hide: ["IFP News"] };
  const trend = trendChartState({ metric: "russia_iran_trade_turnover", route: "instc-west" }, view);
  const viewQuery = "since=2021&until=2024&mode=indexed&scale=log&hide=IFP+News";

  it("travels in the image, embed and CSV addresses alike, and back to the page under the metric's prefix", () => {
    const state = `?metric=russia_iran_trade_turnover&route=instc-west&${viewQuery}`;
    expect(chartImageUrl(trend, "svg")).toBe(`/api/images/trend.svg${state}`);
    expect(chartImageUrl(trend, "png")).toBe(`/api/images/trend.png${state}`);
    expect(chartEmbedUrl(trend)).toBe(`/embed/trend${state}`);
    // The CSV of a view is the points drawn, at the trend's own address; the same view keys.
    expect(chartCsvUrl(trend)).toBe(`/api/csv/trend/russia_iran_trade_turnover?route=instc-west&${viewQuery}`);
    const page = chartPagePath(trend);
    expect(page).toBe(
      "/routes/instc-west?russia_iran_trade_turnover.since=2021&russia_iran_trade_turnover.until=2024&russia_iran_trade_turnover.mode=indexed&russia_iran_trade_turnover.scale=log&russia_iran_trade_turnover.hide=IFP+News",
    );
    expect(parseTrendView(new URLSearchParams(page.slice(page.indexOf("?"))), trendViewPrefix("russia_iran_trade_turnover")).view).toEqual(
      view,
    );
  });

  it("reads back as the same state from the image's address, and a plain view leaves no key", () => {
    const query = (url: string) => new URLSearchParams(url.slice(url.indexOf("?")));
    expect(parseChartQuery("trend", query(chartImageUrl(trend, "png")))).toEqual({ state: trend, errors: [] });
    expect(parseChartQuery("trend", query(chartEmbedUrl(trend)))).toEqual({ state: trend, errors: [] });
    const plain = trendChartState({ metric: "m" });
    expect(chartImageUrl(plain, "svg")).toBe("/api/images/trend.svg?metric=m");
    expect(parseChartQuery("trend", query(chartImageUrl(plain, "svg")))).toEqual({
      state: { ...plain, view: defaultTrendView },
      errors: [],
    });
  });

  it("refuses a bad view, a bad filter and unknown keys in the words of the trend's CSV and list", () => {
    const read = (search: string) => parseChartQuery("trend", new URLSearchParams(search));
    expect(read("metric=m&scale=cubic&since=twenty")).toEqual({
      state: null,
      errors: ["The first year “twenty” is not a year: write it as 2019", "“cubic” is not a scale: choose linear or log"],
    });
    expect(read("metric=m&since=2024&until=2020").errors).toEqual(["The first year (2024) is after the last year (2020)"]);
    expect(read("metric=m&mode=indexed&mode=absolute").errors).toEqual(["The view is given more than once: choose one"]);
    expect(read("metric=m&status=rumour").errors).toEqual([
      "“rumour” is not a status: a figure is reported, a claim, a forecast or a plan",
    ]);
    expect(read("since=2020").errors).toEqual(["A trend needs a metric (?metric=…)"]);
    expect(read("metric=m&zoom=2").errors[0]).toMatch(/^Unknown parameter “zoom”: this chart takes “metric”, “route”/);
  });

  it("is one schema's output for every chart, so a field they all share is one addition", () => {
    expect(ChartStateSchema.parse({ chart: "trend", filter: { metric: "m" }, view: {} })).toEqual(trendChartState({ metric: "m" }));
    expect(ChartStateSchema.safeParse({ chart: "trend", filter: {}, view: {} }).success).toBe(false);
    expect(parseChartQuery("comparison", new URLSearchParams("measure=speed")).errors).toEqual([
      "The comparison needs a measure, one of distance, transit_time, freight_cost, volume",
    ]);
    expect(parseChartQuery("map", new URLSearchParams("route=suez&route=cape")).errors).toEqual([
      "“route” is given more than once: choose one",
    ]);
  });
});
