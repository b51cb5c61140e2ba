import { describe, expect, it } from "vitest";
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
