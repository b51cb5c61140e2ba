import { describe, expect, it } from "vitest";
import type { FigureView } from "../data/types";
import { buildTrendSeries, lineSegments } from "./build-trend-series";
import { figureFixture } from "./figure-fixture";

function figure(periodStart: string | null, periodEnd: string | null, value: string, publisher = "Source A"): FigureView {
  return figureFixture({
    periodStart,
    periodEnd,
    periodLabel: periodStart ? `${periodStart}–${periodEnd}` : null,
    value,
    source: { publisher, title: "t", url: null, date: null, datePrecision: null },
  });
}

describe("buildTrendSeries", () => {
  it.each([
    ["2023-01-01", "2023-12-31", "Full year"],
    ["2022-04-01", "2023-03-31", "Fiscal year (Apr–Mar)"],
    ["2022-07-01", "2023-06-30", "Fiscal year (Jul–Jun)"],
    ["2023-03-21", "2024-03-19", "Iranian year"],
    ["2020-03-20", "2021-03-20", "Iranian year"],
    ["2022-03-21", "2022-08-22", "Iranian year, first 5 months"],
    ["2020-03-20", "2021-02-18", "Iranian year, first 11 months"],
    ["2024-03-20", "2024-09-21", "Iranian year, first 6 months"],
    ["2023-04-01", "2024-01-31", "10 months, Apr–Jan"],
    ["2024-01-01", "2024-06-30", "First half (H1)"],
    ["2023-07-01", "2023-09-30", "Quarters"],
    ["2024-01-01", "2024-03-31", "Quarters"],
    ["2024-02-01", "2024-02-29", "Months"],
    ["2023-12-01", "2023-12-31", "Months"],
    ["2024-01-01", "2024-04-30", "Jan–Apr"],
    ["2024-01-29", "2024-02-04", "Weeks"],
    ["2024-01-04", "2024-01-04", "Single days"],
    ["2023-12-24", "2024-01-02", "10-day periods"],
  ])("names %s to %s a period of the kind %j", (start, end, label) => {
    expect(buildTrendSeries([figure(start, end, "1")]).series.map((series) => series.label)).toEqual([label]);
  });

  it("draws a month's figures as one series of months, and keeps several years' totals off the axis", () => {
    const total = figure("2019-01-01", "2024-12-31", "121902");
    const { series, multiYear } = buildTrendSeries([
      figure("2024-01-01", "2024-01-31", "1362"),
      figure("2024-02-01", "2024-02-29", "1079"),
      total,
      figure("2023-03-21", "2024-03-19", "7"),
    ]);
    expect(series.map((entry) => [entry.label, entry.points.map((point) => point.valueText)])).toEqual([
      ["Iranian year", ["7"]],
      ["Months", ["1362", "1079"]],
    ]);
    expect(multiYear).toEqual([total]);
  });

  it("draws scale sisters in the chart's unit, exactly, each point keeping what was printed; equal amounts agree", () => {
    const inMillions = (...args: Parameters<typeof figure>) => ({
      ...figure(...args),
      metric: { slug: "m_usd_m", name: "M (USD m)", unit: "USD m" },
    });
    const { series } = buildTrendSeries(
      [
        figure("2022-01-01", "2022-12-31", "4.9"),
        inMillions("2023-01-01", "2023-12-31", "4120.5"),
        figure("2024-01-01", "2024-12-31", "4.8", "Source A"),
        inMillions("2024-01-01", "2024-12-31", "4800", "Source B"),
      ],
      { unit: "USD bn", shiftOf: (shown) => (shown.metric.unit === "USD m" ? -3 : 0) },
    );
    expect(series).toHaveLength(1);
    expect(series[0]!.points.map((p) => [p.valueText, p.value, p.printed, p.disagrees])).toEqual([
      ["4.9", 4.9, null, false],
      ["4.1205", 4.1205, { valueText: "4120.5", unit: "USD m" }, false],
      ["4.8", 4.8, null, false],
      ["4.800", 4.8, { valueText: "4800", unit: "USD m" }, false],
    ]);
  });

  it("gives each route its own series when a metric's figures are on several: two routes in one year do not disagree", () => {
    const onRoute = (route: string, name: string, ...args: Parameters<typeof figure>) => ({
      ...figure(...args),
      route: { slug: route, name },
    });
    const { series } = buildTrendSeries([
      onRoute("suez", "Suez Canal sea route", "2023-01-01", "2023-12-31", "45"),
      onRoute("instc-west", "INSTC western route", "2023-01-01", "2023-12-31", "25"),
      onRoute("instc-west", "INSTC western route", "2024-01-01", "2024-12-31", "23", "Source A"),
      onRoute("instc-west", "INSTC western route", "2024-01-01", "2024-12-31", "21", "Source B"),
    ]);
    expect(series.map((s) => [s.label, s.points.map((p) => [p.valueText, p.disagrees])])).toEqual([
      [
        "Full year, INSTC western route",
        [
          ["25", false],
          ["21", true],
          ["23", true],
        ],
      ],
      ["Full year, Suez Canal sea route", [["45", false]]],
    ]);
  });

  const turnover = [
    figure("2020-01-01", "2020-12-31", "2.22"),
    figure("2021-01-01", "2021-12-31", "4.03"),
    figure("2022-01-01", "2022-12-31", "4.6", "UrduPoint"),
    figure("2022-01-01", "2022-12-31", "4.9", "IntelliNews"),
    figure("2023-01-01", "2023-12-31", "4.0"),
    figure("2024-01-01", "2024-09-30", "3.3"),
    figure(null, null, "170"),
  ];

  it("keeps periods of different lengths in different series (a Jan–Sep figure is not joined to full years)", () => {
    const { series } = buildTrendSeries(turnover);
    expect(series.map((s) => [s.label, s.points.map((p) => p.valueText)])).toEqual([
      ["Full year", ["2.22", "4.03", "4.6", "4.9", "4.0"]],
      ["Jan–Sep", ["3.3"]],
    ]);
  });

  it("keeps both values where sources disagree, marks them, and averages nothing", () => {
    const [fullYear] = buildTrendSeries(turnover).series;
    const year2022 = fullYear!.points.filter((p) => p.periodStart === "2022-01-01");
    expect(year2022.map((p) => [p.valueText, p.source.publisher, p.disagrees])).toEqual([
      ["4.6", "UrduPoint", true],
      ["4.9", "IntelliNews", true],
    ]);
    expect(fullYear!.points.filter((p) => p.disagrees)).toHaveLength(2);
  });

  it("keeps the exact text beside the plotted number", () => {
    const [fullYear] = buildTrendSeries(turnover).series;
    expect(fullYear!.points.find((p) => p.valueText === "4.0")!.value).toBe(4);
  });

  it("sets figures without a period apart", () => {
    expect(buildTrendSeries(turnover).undated.map((f) => f.value)).toEqual(["170"]);
  });

  it("places a point in the middle of its period", () => {
    const [point] = buildTrendSeries([figure("2024-01-01", "2024-12-31", "1")]).series[0]!.points;
    expect(new Date(point!.x).toISOString().slice(0, 10)).toBe("2024-07-02");
  });

  it.each([
    [["2022-01-01", "2022-06-30"], "First half (H1)"],
    [["2022-07-01", "2022-12-31"], "Second half (H2)"],
    [["2024-01-01", "2024-03-31"], "Quarters"],
    [["2024-01-01", "2024-04-30"], "Jan–Apr"],
    [["2024-03-01", "2024-03-31"], "Months"],
    [["2024-01-01", "2024-11-30"], "Jan–Nov"],
    [["2024-01-15", "2024-02-14"], "31-day periods"],
  ])("names the period shape of %j as %s", ([start, end], label) => {
    expect(buildTrendSeries([figure(start!, end!, "1")]).series[0]!.label).toBe(label);
  });
});

describe("lineSegments", () => {
  it("joins consecutive single-valued periods and breaks where sources disagree", () => {
    const { series } = buildTrendSeries([
      figure("2020-01-01", "2020-12-31", "2.22"),
      figure("2021-01-01", "2021-12-31", "4.03"),
      figure("2022-01-01", "2022-12-31", "4.6"),
      figure("2022-01-01", "2022-12-31", "4.9"),
      figure("2023-01-01", "2023-12-31", "4.0"),
      figure("2024-01-01", "2024-12-31", "4.8"),
    ]);
    expect(lineSegments(series[0]!).map((segment) => segment.map((p) => p.valueText))).toEqual([
      ["2.22", "4.03"],
      ["4.0", "4.8"],
    ]);
  });

  it("draws no line through a single point", () => {
    const { series } = buildTrendSeries([figure("2024-01-01", "2024-09-30", "3.3")]);
    expect(lineSegments(series[0]!)).toEqual([]);
  });
});
