import { describe, expect, it } from "vitest";
import type { FigureView } from "../data/types";
import { defaultTrendView, type TrendView } from "../filters/trend-view";
import { applyTrendView } from "./apply-trend-view";
import { buildTrendSeries } from "./build-trend-series";
import { figureFixture } from "./figure-fixture";

function figure(periodStart: string, periodEnd: string, value: string, publisher = "Source A"): FigureView {
  const periodLabel = `${periodStart.slice(0, 4)}${periodEnd.slice(5, 7) === "06" ? " H1" : ""}`;
  return figureFixture({
    periodStart,
    periodEnd,
    periodLabel,
    value,
    source: { publisher, title: "t", url: null, date: null, datePrecision: null },
  });
}

function trendOf(figures: FigureView[], unit = "USD bn") {
  return { series: buildTrendSeries(figures).series, metric: { unit } };
}

const years = (from: number, values: string[], publisher?: string) =>
  values.map((value, index) => figure(`${from + index}-01-01`, `${from + index}-12-31`, value, publisher));
const view = (change: Partial<TrendView>): TrendView => ({ ...defaultTrendView, ...change });
const values = (applied: ReturnType<typeof applyTrendView>) =>
  applied.series.map((series) => [series.label, series.points.map((point) => point.valueText)]);

describe("applyTrendView", () => {
  it("keeps the periods that overlap the years asked for", () => {
    const applied = applyTrendView(trendOf(years(2018, ["1", "2", "3", "4", "5"])), view({ since: 2019, until: 2021 }));
    expect(values(applied)).toEqual([["Full year", ["2", "3", "4"]]]);
    expect(applied.years).toEqual([2018, 2019, 2020, 2021, 2022]);
  });

  it("indexes each kind of period to 100 at its own first period, never across kinds, keeping the value as given", () => {
    const figures = [...years(2020, ["4", "5", "3"]), figure("2021-01-01", "2021-06-30", "2"), figure("2022-01-01", "2022-06-30", "3")];
    const applied = applyTrendView(trendOf(figures), view({ mode: "indexed" }));
    expect(applied.mode).toBe("indexed");
    expect(values(applied)).toEqual([
      ["Full year", ["100.0", "125.0", "75.0"]],
      ["First half (H1)", ["100.0", "150.0"]],
    ]);
    expect(applied.series[0]!.points[1]!.indexed).toEqual({ valueText: "5", basePeriod: "2020" });
  });

  it("indexes to the first year shown, not the first year of the data", () => {
    const applied = applyTrendView(trendOf(years(2018, ["1", "2", "4"])), view({ mode: "indexed", since: 2019 }));
    expect(values(applied)).toEqual([["Full year", ["100.0", "200.0"]]]);
  });

  it("leaves out of the index a series whose first period's sources disagree, and says so", () => {
    const figures = [...years(2020, ["4", "5"], "A"), figure("2020-01-01", "2020-12-31", "6", "B")];
    const applied = applyTrendView(trendOf(figures), view({ mode: "indexed" }));
    expect(applied.series).toEqual([]);
    expect(applied.notices).toEqual([
      "Left out of the index: Full year: its sources disagree on its first period (2020), so no value can be 100.",
    ]);
    // Hiding one of the two sources gives the period one value, so the series can be indexed again.
    expect(values(applyTrendView(trendOf(figures), view({ mode: "indexed", hide: ["B"] })))).toEqual([["Full year", ["100.0", "125.0"]]]);
  });

  it("refuses to index changes in percent, and shows them as absolute values", () => {
    const applied = applyTrendView(trendOf(years(2020, ["12.8", "-50"]), "percent"), view({ mode: "indexed" }));
    expect(applied.mode).toBe("absolute");
    expect(applied.indexRefusal).not.toBeNull();
    expect(values(applied)).toEqual([["Full year", ["12.8", "-50"]]]);
  });

  it("refuses a log scale when a value shown is zero or negative, and allows it once that value is out of range", () => {
    const trend = trendOf(years(2020, ["-50", "10", "20"]));
    const refused = applyTrendView(trend, view({ scale: "log" }));
    expect(refused.scale).toBe("linear");
    expect(refused.logRefusal).toBe("A log scale cannot place values at or below zero (the lowest shown is −50)");
    expect(refused.notices).toHaveLength(1);
    expect(applyTrendView(trend, view({ scale: "log", since: 2021 })).scale).toBe("log");
  });

  it("hides a source's figures and says when a hidden source is not on the chart", () => {
    const trend = trendOf([...years(2020, ["1", "2"], "A"), ...years(2020, ["3", "4"], "B")]);
    const applied = applyTrendView(trend, view({ hide: ["A", "Nobody"] }));
    expect(values(applied)).toEqual([["Full year", ["3", "4"]]]);
    expect(applied.series[0]!.points.every((point) => !point.disagrees)).toBe(true);
    expect(applied.publishers).toEqual(["A", "B"]);
    expect(applied.notices).toEqual(["No figure on this chart is from “Nobody”."]);
  });
});
