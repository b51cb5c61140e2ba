import { describe, expect, it } from "vitest";
import type { FigureView } from "../data/types";
import { buildTrendSeries, lineSegments } from "./build-trend-series";

let nextId = 1;
function figure(periodStart: string | null, periodEnd: string | null, value: string, publisher = "Source A"): FigureView {
  return {
    id: nextId++,
    metric: { slug: "m", name: "M", unit: "USD bn" },
    route: null,
    subject: "Russia–Iran",
    periodStart,
    periodEnd,
    periodLabel: periodStart ? `${periodStart}–${periodEnd}` : null,
    value,
    status: "reported",
    source: { publisher, title: "t", url: null, date: null, datePrecision: null },
    note: null,
    quotedSpeaker: null,
    dataOwner: null,
    version: 1,
    updatedAt: "2026-01-01T00:00:00.000Z",
  };
}

describe("buildTrendSeries", () => {
  it("gives each route its own series when a metric's figures are on several: two routes in one year do not disagree", () => {
    const onRoute = (route: string, name: string, ...args: Parameters<typeof figure>) => ({ ...figure(...args), route: { slug: route, name } });
    const { series } = buildTrendSeries([
      onRoute("suez", "Suez Canal sea route", "2023-01-01", "2023-12-31", "45"),
      onRoute("instc-west", "INSTC western route", "2023-01-01", "2023-12-31", "25"),
      onRoute("instc-west", "INSTC western route", "2024-01-01", "2024-12-31", "23", "Source A"),
      onRoute("instc-west", "INSTC western route", "2024-01-01", "2024-12-31", "21", "Source B"),
    ]);
    expect(series.map((s) => [s.label, s.points.map((p) => [p.valueText, p.disagrees])])).toEqual([
      ["Full year, INSTC western route", [["25", false], ["21", true], ["23", true]]],
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
    [["2024-01-01", "2024-03-31"], "Q1"],
    [["2024-01-01", "2024-04-30"], "Jan–Apr"],
    [["2024-03-01", "2024-03-31"], "Mar"],
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
