import { describe, expect, it } from "vitest";
import { logTicks, niceTicks } from "./nice-ticks";

describe("niceTicks", () => {
  it.each([
    [16000, [0, 4000, 8000, 12000, 16000]],
    [4.5, [0, 1, 2, 3, 4, 5]],
    [60, [0, 10, 20, 30, 40, 50, 60]],
    [936100, [0, 200000, 400000, 600000, 800000, 1000000]],
    [0.814, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ])("covers 0 to %d with round steps", (max, ticks) => {
    expect(niceTicks(0, max)).toEqual(ticks);
  });

  it("spans negative values too, always through zero", () => {
    expect(niceTicks(-17, 30)).toEqual([-20, -10, 0, 10, 20, 30]);
    expect(niceTicks(-4.2, 0)).toEqual([-5, -4, -3, -2, -1, 0]);
    for (const [max, min] of [
      [48, -17],
      [2.5, -0.3],
      [900, -250],
    ] as const) {
      const ticks = niceTicks(min, max);
      expect(ticks).toContain(0);
      expect(ticks[0]!).toBeLessThanOrEqual(min);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
    }
  });

  it("gives an axis even without data", () => {
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });

  it("spans negative values below zero, with zero a tick (the Suez trade volume change, −50% and −43%)", () => {
    const ticks = niceTicks(-50, -43);
    expect(ticks[0]).toBeLessThanOrEqual(-50);
    expect(ticks.at(-1)).toBe(0);
    expect(ticks).toEqual([-50, -40, -30, -20, -10, 0]);
  });

  it.each([
    [-61, 50],
    [-60.7, 12.8],
    [-0.3, 4.5],
    [-936100, 16000],
  ])("spans %d to %d with zero among its ticks", (low, high) => {
    const ticks = niceTicks(low, high);
    expect(ticks[0]).toBeLessThanOrEqual(low);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(high);
    expect(ticks).toContain(0);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.length).toBeLessThanOrEqual(7);
    const steps = ticks.slice(1).map((tick, index) => Number((tick - ticks[index]!).toPrecision(6)));
    expect(new Set(steps).size).toBe(1);
  });
});

describe("logTicks", () => {
  it("refuses values that a log scale cannot place", () => {
    expect(logTicks(0, 10)).toBeNull();
    expect(logTicks(-5, 10)).toBeNull();
  });

  it("spans the data in powers of ten, with 2 and 5 between them over a short span", () => {
    expect(logTicks(3, 70)).toEqual([2, 5, 10, 20, 50, 100]);
    expect(logTicks(1.2, 93_000)).toEqual([1, 10, 100, 1000, 10000, 100000]);
  });
});
