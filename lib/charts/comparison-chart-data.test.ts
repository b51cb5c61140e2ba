import { describe, expect, it } from "vitest";
import type { RouteComparison, SourceRef } from "@/lib/data/types";
import { routeSummary } from "../../tests/support/chart-fixtures";
import { comparisonChartData, tooltipNotes, tooltipSources } from "./comparison-chart-data";

const source = (index: number): SourceRef => ({
  publisher: `Publisher ${index}`,
  title: `Report ${index}`,
  url: null,
  date: null,
  datePrecision: null,
});

describe("what a comparison chart is sent", () => {
  const comparison: RouteComparison = {
    measure: "volume",
    title: "Cargo carried",
    unit: "million tonnes",
    rows: [
      {
        route: { ...routeSummary("instc-west", "INSTC western route", "instc"), description: "A long description the chart never shows." },
        value: {
          low: "1",
          high: "40",
          plotLow: 1,
          plotHigh: 40,
          unit: "million tonnes",
          statuses: ["reported"],
          periodLabels: ["2024"],
          metricNames: ["Cargo"],
          notes: Array.from({ length: 30 }, (_, index) => `Note ${index}`),
          // The same source twice counts once.
          sources: [source(0), ...Array.from({ length: 40 }, (_, index) => source(index))],
          figureIds: Array.from({ length: 41 }, (_, index) => index),
        },
        unlike: [],
      },
      { route: routeSummary("suez", "Suez Canal sea route", "alternative"), value: null, unlike: [] },
    ],
  };

  it("names a bounded number of sources and notes per bar and counts the rest, without ids or descriptions", () => {
    const [west, suez] = comparisonChartData(comparison).rows;
    expect(west!.route).toEqual({ slug: "instc-west", name: "INSTC western route", kind: "instc" });
    expect(west!.value!.sources).toEqual([source(0), source(1), source(2)].slice(0, tooltipSources));
    expect(west!.value!.moreSources).toBe(40 - tooltipSources);
    expect(west!.value!.notes).toHaveLength(tooltipNotes);
    expect(west!.value!.moreNotes).toBe(30 - tooltipNotes);
    expect(west!.value).not.toHaveProperty("figureIds");
    expect(suez).toEqual({ route: { slug: "suez", name: "Suez Canal sea route", kind: "alternative" }, value: null, unlike: [] });
  });
});
