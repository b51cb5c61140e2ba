import { describe, expect, it } from "vitest";
import { chartEvents } from "./chart-events";

const event = (id: number, metrics: string[], route: string | null) => ({
  id,
  metrics,
  route: route ? { slug: route, name: route } : null,
});

const treaty = event(1, ["russia_iran_trade_turnover"], null);
const redSea = event(2, ["suez_transits", "cape_transits"], "suez");
const railway = event(3, ["rasht_astara_cost", "russia_iran_trade_turnover"], "instc-west");
const unlinked = event(4, [], null);
const events = [treaty, redSea, railway, unlinked];

const ids = (selected: { id: number }[]) => selected.map((selected) => selected.id);

describe("chartEvents", () => {
  it("keeps only the events linked to the chart's metric", () => {
    expect(ids(chartEvents(events, { metrics: ["suez_transits"] }))).toEqual([2]);
    expect(ids(chartEvents(events, { metrics: ["russia_iran_trade_turnover"] }))).toEqual([1, 3]);
    expect(ids(chartEvents(events, { metrics: ["russia_india_trade_turnover"] }))).toEqual([]);
  });

  it("takes the events of any of several metrics (a metric and its scale sisters), each once", () => {
    expect(ids(chartEvents(events, { metrics: ["cape_transits", "suez_transits", "rasht_astara_cost"] }))).toEqual([2, 3]);
  });

  it("on a route's chart, keeps the route's events and those of no single route, never another route's", () => {
    expect(ids(chartEvents(events, { metrics: ["russia_iran_trade_turnover"], route: "instc-west" }))).toEqual([1, 3]);
    expect(ids(chartEvents(events, { metrics: ["russia_iran_trade_turnover"], route: "instc-east" }))).toEqual([1]);
    expect(ids(chartEvents(events, { metrics: ["suez_transits"], route: "middle-corridor" }))).toEqual([]);
  });

  it("draws no event without metrics, on any chart", () => {
    expect(chartEvents([unlinked], { metrics: [] })).toEqual([]);
    expect(chartEvents([unlinked], { metrics: ["suez_transits"] })).toEqual([]);
  });
});
