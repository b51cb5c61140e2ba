import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import type { RouteComparison } from "@/lib/data/types";
import { renderStaticMarkup } from "@/lib/html/static-markup";
import { crowdedValue, numberedSource, routeSummary } from "../../tests/support/chart-fixtures";
import { ComparisonTable } from "./comparison-table";

describe("the comparison table", () => {
  it("names a bounded number of a value's sources and notes and counts the rest, whatever their number", () => {
    const comparison: RouteComparison = {
      measure: "volume",
      title: "Cargo carried",
      unit: "million tonnes",
      rows: [
        {
          route: routeSummary("instc-west", "INSTC western route", "instc"),
          value: {
            ...crowdedValue(
              Array.from({ length: 40 }, (_, index) => numberedSource(index)),
              0,
            ),
            // Thirty notes of about a hundred characters: the first fifteen fit the row's 1,500.
            notes: Array.from({ length: 30 }, (_, index) => `Note ${index}: ${"x".repeat(90)}`),
          },
          unlike: [],
        },
      ],
    };
    const html = renderStaticMarkup(h(ComparisonTable, { comparison }));
    expect(html).toContain("Publisher 15");
    expect(html).not.toContain("Publisher 16,");
    expect(html).toContain("and 24 more sources, all in the CSV");
    expect(html).toContain("Note 14:");
    expect(html).not.toContain("Note 15:");
    expect(html).toContain("(and 15 more notes in the CSV)");
  });
});
