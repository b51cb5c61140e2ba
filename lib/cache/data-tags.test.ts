import { describe, expect, it } from "vitest";
import { claimsTags, eventsTags, figuresOfMetricTags, figuresOfRouteTags, tagsForChange, trendTags, type DataChange } from "./data-tags";

/** Whether a write invalidates a read: their tags meet. */
const invalidates = (change: DataChange, readTags: string[]) => tagsForChange(change).some((tag) => readTags.includes(tag));

describe("a write invalidates exactly the reads whose result it can change", () => {
  const moved: DataChange = {
    kind: "figures",
    states: [
      { metric: "transit_time", route: "instc-west" },
      { metric: "freight_cost", route: "" },
    ],
  };

  it("a figure moved between metrics invalidates both metrics' reads and their trends, and its old route's", () => {
    expect(invalidates(moved, figuresOfMetricTags("transit_time"))).toBe(true);
    expect(invalidates(moved, figuresOfMetricTags("freight_cost"))).toBe(true);
    expect(invalidates(moved, trendTags("transit_time"))).toBe(true);
    expect(invalidates(moved, figuresOfRouteTags("instc-west"))).toBe(true);
    expect(invalidates(moved, claimsTags({ route: "instc-west" }))).toBe(true);
  });

  it("leaves the reads of other metrics and routes, and every events read, alone", () => {
    expect(invalidates(moved, figuresOfMetricTags("route_length"))).toBe(false);
    expect(invalidates(moved, trendTags("russia_iran_trade_turnover"))).toBe(false);
    expect(invalidates(moved, figuresOfRouteTags("middle-corridor"))).toBe(false);
    expect(invalidates(moved, eventsTags({}))).toBe(false);
    expect(invalidates(moved, eventsTags({ route: "instc-west" }))).toBe(false);
  });

  it("a figure of a scale sister invalidates the family's trend, which draws it, but not the other metric's own list", () => {
    const sister: DataChange = { kind: "figures", states: [{ metric: "russia_iran_trade_turnover_usd_m", route: null }] };
    expect(invalidates(sister, trendTags("russia_iran_trade_turnover"))).toBe(true);
    expect(invalidates(sister, claimsTags({ metric: "russia_iran_trade_turnover" }))).toBe(true);
    expect(invalidates(sister, figuresOfMetricTags("russia_iran_trade_turnover"))).toBe(false);
  });

  it("an event invalidates its old and new route's timelines, every timeline of all events, and its metrics' trends", () => {
    const event: DataChange = {
      kind: "events",
      states: [
        { route: "instc-west", metrics: [] },
        { route: null, metrics: ["azerbaijan_instc_transit"] },
      ],
    };
    expect(invalidates(event, eventsTags({ route: "instc-west" }))).toBe(true);
    expect(invalidates(event, eventsTags({}))).toBe(true);
    expect(invalidates(event, trendTags("azerbaijan_instc_transit"))).toBe(true);
    expect(invalidates(event, eventsTags({ route: "middle-corridor" }))).toBe(false);
    expect(invalidates(event, trendTags("transit_time"))).toBe(false);
    expect(invalidates(event, figuresOfMetricTags("azerbaijan_instc_transit"))).toBe(false);
  });

  it("a route or metric, shown by name beside every figure and event, invalidates every read that shows one", () => {
    for (const read of [figuresOfMetricTags("transit_time"), figuresOfRouteTags("instc-west"), trendTags("transit_time"), claimsTags({})]) {
      expect(invalidates({ kind: "routes" }, read)).toBe(true);
      expect(invalidates({ kind: "metrics" }, read)).toBe(true);
    }
  });

  it("a ruling invalidates claims and nothing else", () => {
    expect(invalidates({ kind: "rulings" }, claimsTags({ metric: "transit_time" }))).toBe(true);
    expect(invalidates({ kind: "rulings" }, trendTags("transit_time"))).toBe(false);
    expect(invalidates({ kind: "rulings" }, figuresOfRouteTags("instc-west"))).toBe(false);
  });

  it("names each tag once, in a stable order", () => {
    const twice: DataChange = {
      kind: "figures",
      states: [
        { metric: "transit_time", route: "instc-west" },
        { metric: "transit_time", route: "instc-west" },
      ],
    };
    expect(tagsForChange(twice)).toEqual([
      "figures",
      "figures:family:transit_time",
      "figures:metric:transit_time",
      "figures:route:instc-west",
    ]);
  });
});
