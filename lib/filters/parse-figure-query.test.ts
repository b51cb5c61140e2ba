import { describe, expect, it } from "vitest";
import { parseFigureQuery } from "./parse-figure-query";
import { recordToSearchParams } from "./search-params";

describe("parseFigureQuery", () => {
  it("reads a query string as a filter", () => {
    expect(parseFigureQuery(new URLSearchParams("route=suez&from=2024-01-01"))).toEqual({
      ok: true,
      filter: { route: "suez", from: "2024-01-01" },
    });
  });

  it("refuses an unknown key, so a typo never silently shows everything", () => {
    const result = parseFigureQuery(new URLSearchParams("metrik=transit_time"));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^The address asks for “metrik”, which this list does not know/);
  });

  it("refuses a repeated key", () => {
    expect(parseFigureQuery(new URLSearchParams("route=suez&route=instc-west"))).toEqual({
      ok: false,
      errors: ["The route is given more than once: choose one"],
    });
  });

  it("reports unknown keys and malformed values together", () => {
    const result = parseFigureQuery(new URLSearchParams("foo=1&from=2024-99-01"));
    expect(!result.ok && result.errors).toHaveLength(2);
  });
});

describe("recordToSearchParams", () => {
  it("keeps repeated keys repeated and drops undefined ones", () => {
    const params = recordToSearchParams({ route: ["a", "b"], status: "plan", to: undefined });
    expect(params.getAll("route")).toEqual(["a", "b"]);
    expect(params.get("status")).toBe("plan");
    expect(params.has("to")).toBe(false);
  });
});
