import { describe, expect, it } from "vitest";
import type { FigureStatus, FigureView } from "../data/types";
import { figureFixture } from "./figure-fixture";
import { pickHeadline } from "./pick-headline";

function figure(periodStart: string | null, periodEnd: string | null, periodLabel: string, status: FigureStatus = "reported"): FigureView {
  return figureFixture({ metric: { slug: "growth", name: "Growth", unit: "percent" }, periodStart, periodEnd, periodLabel, status });
}

const labels = (figures: FigureView[]) => figures.map((entry) => entry.periodLabel);

describe("pickHeadline", () => {
  it("leads with the full year over the Jan–Apr of the same year, the narrower and older periods beneath", () => {
    const figures = [
      figure("2024-01-01", "2024-04-30", "Jan–Apr 2024"),
      figure("2023-01-01", "2023-12-31", "2023"),
      figure("2024-01-01", "2024-12-31", "2024"),
      figure("2024-01-01", "2024-09-30", "Jan–Sep 2024"),
      figure(null, null, "undated"),
    ];
    const headline = pickHeadline(figures)!;
    expect(headline.lead.periodLabel).toBe("2024");
    expect(labels(headline.beneath)).toEqual(["Jan–Sep 2024", "Jan–Apr 2024", "2023", "undated"]);
  });

  it("leads with a more recent part of a year over the last full year", () => {
    expect(
      pickHeadline([figure("2024-01-01", "2024-12-31", "2024"), figure("2025-01-01", "2025-06-30", "H1 2025")])!.lead.periodLabel,
    ).toBe("H1 2025");
  });

  it("never leads with a forecast or plan while a reported figure exists, and falls back to one when none is", () => {
    const target = figure("2026-01-01", "2026-12-31", "2026 target", "plan");
    expect(pickHeadline([target, figure("2024-01-01", "2024-12-31", "2024")])!.lead.periodLabel).toBe("2024");
    expect(pickHeadline([target])!.lead).toBe(target);
    expect(pickHeadline([])).toBeNull();
  });
});
