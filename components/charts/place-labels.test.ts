import { describe, expect, it } from "vitest";
import { overlaps, placeLabels, type LabelRequest } from "./place-labels";

const bounds = { x: 0, y: 0, width: 400, height: 200 };
const marker = (x: number, y: number) => ({ x: x - 6, y: y - 6, width: 12, height: 12 });
const label = (key: string, x: number, y: number, prefer: "above" | "below" = "above"): LabelRequest => ({
  key,
  x,
  y,
  width: 60,
  height: 12,
  prefer,
});

describe("placeLabels", () => {
  it("puts a lone label on its preferred side, right of its point", () => {
    const [placed] = placeLabels([label("A", 100, 100)], [marker(100, 100)], bounds);
    expect(placed).toMatchObject({ key: "A", anchor: "start", baseline: "auto" });
    expect(placed!.box.x).toBeGreaterThan(100);
    expect(placed!.box.y + placed!.box.height).toBeLessThan(100);
  });

  it("gives three sources of one period labels that overlap neither each other nor any marker, or leaves one out", () => {
    const points = [
      [100, 100],
      [109, 104],
      [118, 108],
    ] as const;
    const obstacles = points.map(([x, y]) => marker(x, y));
    const placed = placeLabels(
      points.map(([x, y], index) => label(`S${index}`, x, y, index === 0 ? "above" : "below")),
      obstacles,
      bounds,
    );
    expect(placed.length).toBeGreaterThanOrEqual(2);
    for (const [index, a] of placed.entries()) {
      for (const obstacle of obstacles) expect(overlaps(a.box, obstacle)).toBe(false);
      for (const b of placed.slice(index + 1)) expect(overlaps(a.box, b.box)).toBe(false);
    }
  });

  it("keeps labels inside the plot, moving one left at the right edge", () => {
    const [placed] = placeLabels([label("A", 390, 100)], [], bounds);
    expect(placed!.anchor).toBe("end");
    expect(placed!.box.x + placed!.box.width).toBeLessThanOrEqual(400);
  });
});
