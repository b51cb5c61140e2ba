import { describe, expect, it } from "vitest";
import { niceTicks } from "./nice-ticks";

describe("niceTicks", () => {
  it.each([
    [16000, [0, 4000, 8000, 12000, 16000]],
    [4.5, [0, 1, 2, 3, 4, 5]],
    [60, [0, 10, 20, 30, 40, 50, 60]],
    [936100, [0, 200000, 400000, 600000, 800000, 1000000]],
    [0.814, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ])("covers %d with round steps", (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  it("spans negative values too, always through zero", () => {
    expect(niceTicks(30, -17)).toEqual([-20, -10, 0, 10, 20, 30]);
    expect(niceTicks(0, -4.2)).toEqual([-5, -4, -3, -2, -1, 0]);
    for (const [max, min] of [[48, -17], [2.5, -0.3], [900, -250]] as const) {
      const ticks = niceTicks(max, min);
      expect(ticks).toContain(0);
      expect(ticks[0]!).toBeLessThanOrEqual(min);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
    }
  });

  it("gives an axis even without data", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
