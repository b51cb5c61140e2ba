import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lastValues } from "@/lib/filters/search-params";
import { figureConfig } from "./figure-config";
import { firstDirection, viewQueryString } from "./record-list-url";
import { routeConfig } from "./route-config";

describe("admin list URL", () => {
  it("writes a view without its defaults, in a fixed order, trimmed", () => {
    const view = { page: "2", metric: "route_length", deleted: "exclude", sort: "updated", q: " caspian ", unknown: "x" };
    expect(viewQueryString(figureConfig, view)).toBe("?q=caspian&metric=route_length&page=2");
    expect(viewQueryString(figureConfig, { ...view, metric: "", q: "", page: "1" })).toBe("");
  });

  it("knows each kind's defaults: figures newest first, routes by position", () => {
    expect(viewQueryString(figureConfig, { sort: "updated", dir: "desc" })).toBe("");
    expect(viewQueryString(routeConfig, { sort: "updated", dir: "desc" })).toBe("?sort=updated&dir=desc");
    expect(viewQueryString(routeConfig, { sort: "position", dir: "asc", deleted: "only" })).toBe("?deleted=only");
  });

  it("starts the newest and the largest first, the rest ascending", () => {
    expect(firstDirection(figureConfig, "value")).toBe("desc");
    expect(firstDirection(figureConfig, "metric")).toBe("asc");
    expect(firstDirection(routeConfig, "updated")).toBe("asc");
  });
});

describe("admin list URL, read back", () => {
  it("reads back, the way the list and the server read it, as the same view", () => {
    const value = fc.stringMatching(/^[a-z0-9 _-]{0,12}$/);
    const view = fc.record(
      { q: value, metric: value, route: value, status: value, deleted: fc.constantFrom("exclude", "only"), sort: value, dir: value },
      { requiredKeys: [] },
    );
    const page = fc.integer({ min: 1, max: 100_000 }).map(String);
    fc.assert(
      fc.property(view, page, page, (chosen, pageNumber, pageSize) => {
        for (const config of [figureConfig, routeConfig]) {
          const written = viewQueryString(config, { ...chosen, page: pageNumber, pageSize });
          expect(viewQueryString(config, lastValues(new URLSearchParams(written)))).toBe(written);
        }
      }),
    );
  });
});
