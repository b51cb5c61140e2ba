import { describe, expect, it } from "vitest";
import { parseEventFilter } from "./event-filter";

describe("the events filter", () => {
  it("reads a route, or nothing", () => {
    expect(parseEventFilter(new URLSearchParams("route=instc-west"))).toEqual({ ok: true, filter: { route: "instc-west" } });
    expect(parseEventFilter(new URLSearchParams("route="))).toEqual({ ok: true, filter: {} });
    expect(parseEventFilter(new URLSearchParams(""))).toEqual({ ok: true, filter: {} });
  });

  it("refuses unknown and repeated keys and a malformed slug, saying so", () => {
    const refused = (query: string) => {
      const result = parseEventFilter(new URLSearchParams(query));
      return result.ok ? [] : result.errors;
    };
    expect(refused("metric=x")[0]).toContain("“metric”");
    expect(refused("route=a&route=b")).toEqual(["'route' is given more than once"]);
    expect(refused("route=NOT%20A%20SLUG")).toEqual(["There is no route called “NOT A SLUG”"]);
  });
});
