import { describe, expect, it } from "vitest";
import { defaultTrendView, isDefaultTrendView, parseTrendView, trendViewEntries, trendViewPrefix, withTrendView } from "./trend-view";

describe("parseTrendView", () => {
  it("reads nothing as the default view", () => {
    expect(parseTrendView(new URLSearchParams(""))).toEqual({ ok: true, view: defaultTrendView });
  });

  it("reads every key, with repeated hidden sources", () => {
    const params = new URLSearchParams("since=2019&until=2023&mode=indexed&scale=log&hide=Tasnim&hide=IRNA");
    expect(parseTrendView(params)).toEqual({
      ok: true,
      view: { since: 2019, until: 2023, mode: "indexed", scale: "log", hide: ["Tasnim", "IRNA"] },
    });
  });

  it("reads one chart's prefixed keys from a page address and ignores the others'", () => {
    const params = new URLSearchParams("suez_transits.scale=log&suez_revenue.mode=indexed&route=suez");
    expect(parseTrendView(params, trendViewPrefix("suez_transits")).view).toEqual({ ...defaultTrendView, scale: "log" });
  });

  it("reads Next.js's search-params record too", () => {
    expect(parseTrendView({ "m.hide": ["A", "B"], "m.since": "2020" }, "m.").view).toEqual({
      ...defaultTrendView,
      since: 2020,
      hide: ["A", "B"],
    });
  });

  it("refuses bad values in the reader's words and keeps the valid keys", () => {
    const result = parseTrendView(new URLSearchParams("since=twenty&scale=cubic&mode=indexed"));
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({
      errors: ["The first year “twenty” is not a year: write it as 2019", "“cubic” is not a scale: choose linear or log"],
      view: { ...defaultTrendView, mode: "indexed" },
    });
  });

  it("refuses a range that ends before it starts, and a key given twice", () => {
    expect(parseTrendView(new URLSearchParams("since=2024&until=2020"))).toMatchObject({
      ok: false,
      errors: ["The first year (2024) is after the last year (2020)"],
      view: defaultTrendView,
    });
    expect(parseTrendView(new URLSearchParams("mode=indexed&mode=absolute"))).toMatchObject({
      ok: false,
      errors: ["The view is given more than once: choose one"],
    });
  });
});

describe("trendViewEntries and withTrendView", () => {
  it("writes only what differs from the default, in a fixed order, and reads back the same view", () => {
    const view = { since: 2019, until: 2023, mode: "indexed" as const, scale: "log" as const, hide: ["Tasnim", "IRNA"] };
    const entries = trendViewEntries(view);
    expect(entries).toEqual([
      ["since", "2019"],
      ["until", "2023"],
      ["mode", "indexed"],
      ["scale", "log"],
      ["hide", "IRNA"],
      ["hide", "Tasnim"],
    ]);
    expect(parseTrendView(new URLSearchParams(entries)).view).toEqual({ ...view, hide: ["IRNA", "Tasnim"] });
    expect(trendViewEntries(defaultTrendView)).toEqual([]);
    expect(isDefaultTrendView(defaultTrendView)).toBe(true);
    expect(isDefaultTrendView({ ...defaultTrendView, scale: "log" })).toBe(false);
  });

  it("replaces one chart's keys in a page address and keeps every other key", () => {
    const search = "?a.scale=log&b.mode=indexed&b.hide=X&page=2";
    expect(withTrendView(search, "b", { ...defaultTrendView, since: 2020 })).toBe("?a.scale=log&page=2&b.since=2020");
    expect(withTrendView("?b.scale=log", "b", defaultTrendView)).toBe("");
  });
});
