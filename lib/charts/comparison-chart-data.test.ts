import { describe, expect, it } from "vitest";
import type { RouteComparison } from "@/lib/data/types";
import { crowdedValue, numberedSource, routeSummary } from "../../tests/support/chart-fixtures";
import { comparisonChartData, tooltipNoteLength, tooltipNotes, tooltipSources } from "./comparison-chart-data";

describe("what a comparison chart is sent", () => {
  const comparison: RouteComparison = {
    measure: "volume",
    title: "Cargo carried",
    unit: "million tonnes",
    rows: [
      {
        route: { ...routeSummary("instc-west", "INSTC western route", "instc"), description: "A long description the chart never shows." },
        // The same source twice counts once.
        value: crowdedValue([numberedSource(0), ...Array.from({ length: 40 }, (_, index) => numberedSource(index))], 30),
        unlike: [],
      },
      { route: routeSummary("suez", "Suez Canal sea route", "alternative"), value: null, unlike: [] },
    ],
  };

  it("names a bounded number of sources and notes per bar and counts the rest, without ids or descriptions", () => {
    const [west, suez] = comparisonChartData(comparison).rows;
    expect(west!.route).toEqual({ slug: "instc-west", name: "INSTC western route", kind: "instc" });
    expect(west!.value!.sources).toEqual([numberedSource(0), numberedSource(1), numberedSource(2)].slice(0, tooltipSources));
    expect(west!.value!.moreSources).toBe(40 - tooltipSources);
    expect(west!.value!.notes).toHaveLength(tooltipNotes);
    expect(west!.value!.moreNotes).toBe(30 - tooltipNotes);
    expect(west!.value).not.toHaveProperty("figureIds");
    expect(suez).toEqual({ route: { slug: "suez", name: "Suez Canal sea route", kind: "alternative" }, value: null, unlike: [] });
  });

  it("clips a long note at a word in the tooltip (the table keeps it whole), and leaves a short one as it is", () => {
    const long = "Long note, with commas; ".repeat(20).trim();
    const value = { ...crowdedValue([numberedSource(0)], 0), notes: ["Short note.", long] };
    const row = comparisonChartData({ ...comparison, rows: [{ ...comparison.rows[0]!, value }] }).rows[0]!;
    const [short, clippedNote] = row.value!.notes;
    expect(short).toBe("Short note.");
    expect(clippedNote!.length).toBeLessThanOrEqual(tooltipNoteLength);
    expect(clippedNote).toMatch(/^Long note, with commas;.*[a-z;,]…$/);
    expect(long.startsWith(clippedNote!.slice(0, -1))).toBe(true);
  });
});
