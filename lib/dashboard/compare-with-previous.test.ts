import { describe, expect, it } from "vitest";
import type { TrendPoint, TrendSeries } from "../data/types";
import { compareWithPrevious } from "./compare-with-previous";

function point(periodStart: string, periodEnd: string, valueText: string, publisher = "ADY"): TrendPoint {
  return {
    figureId: Math.floor(Math.random() * 1e9),
    periodStart,
    periodEnd,
    periodLabel: `${periodStart}/${periodEnd}`,
    x: 0,
    value: Number(valueText),
    valueText,
    printed: null,
    status: "reported",
    source: { publisher, title: "t", url: null, date: null, datePrecision: null },
    disagrees: false,
  };
}

const h1: TrendSeries = {
  key: "01-06",
  label: "First half (H1)",
  points: [point("2022-01-01", "2022-06-30", "125000"), point("2023-01-01", "2023-06-30", "388000")],
};
const fullYear: TrendSeries = { key: "01-12", label: "Full year", points: [point("2024-01-01", "2024-12-31", "814000")] };

describe("compareWithPrevious", () => {
  it("compares H1 with the H1 a year earlier", () => {
    const result = compareWithPrevious(h1, h1.points[1]!);
    expect(result.previous?.valueText).toBe("125000");
    expect(result.changePercent).toBe("210.4");
  });

  it("finds no previous value when the data lacks the same period a year earlier (never another period's)", () => {
    const result = compareWithPrevious(fullYear, fullYear.points[0]!);
    expect(result).toMatchObject({ previous: null, changePercent: null });
  });

  it("does not pick between disagreeing sources for the previous period", () => {
    const series: TrendSeries = {
      key: "01-12",
      label: "Full year",
      points: [
        point("2022-01-01", "2022-12-31", "4.6", "UrduPoint"),
        point("2022-01-01", "2022-12-31", "4.9", "IntelliNews"),
        point("2023-01-01", "2023-12-31", "4.0"),
      ],
    };
    expect(compareWithPrevious(series, series.points[2]!).changePercent).toBeNull();
  });

  it("computes a fall as a negative change", () => {
    const series: TrendSeries = {
      key: "01-12",
      label: "Full year",
      points: [point("2022-01-01", "2022-12-31", "4.9"), point("2023-01-01", "2023-12-31", "4.0")],
    };
    expect(compareWithPrevious(series, series.points[1]!).changePercent).toBe("-18.4");
  });
});
