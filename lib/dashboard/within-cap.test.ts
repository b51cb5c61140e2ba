import { describe, expect, it } from "vitest";
import { withinCap } from "./within-cap";

const figures = (...ends: string[]) => ends.map((periodEnd, id) => ({ id, periodEnd }));

describe("a trend's latest figures within a cap", () => {
  it("keeps them all when they fit", () => {
    const all = figures("2024-12-31", "2024-11-30", "2024-11-30");
    expect(withinCap(all, 3)).toEqual({ figures: all, partial: false });
  });

  it("drops the period the cap cuts through, whole", () => {
    const result = withinCap(figures("2024-12-31", "2024-12-31", "2024-11-30", "2024-11-30", "2024-11-30"), 3);
    expect(result.partial).toBe(false);
    expect(result.figures.map((figure) => figure.periodEnd)).toEqual(["2024-12-31", "2024-12-31"]);
  });

  it("keeps the first of a latest period that alone is over the cap, and says so", () => {
    const result = withinCap(figures("2024-12-31", "2024-12-31", "2024-12-31", "2024-12-31", "2024-11-30"), 3);
    expect(result).toEqual({ figures: figures("2024-12-31", "2024-12-31", "2024-12-31"), partial: true });
  });
});
