import { describe, expect, it } from "vitest";
import { claimQueryString, parseClaimFilter } from "./claim-filter";

describe("the /claims query string", () => {
  it("reads a route and an outcome, and writes them back in a fixed order", () => {
    const parsed = parseClaimFilter(new URLSearchParams("outcome=overdue&route=instc-west"));
    expect(parsed).toEqual({ ok: true, filter: { route: "instc-west", outcome: "overdue" } });
    expect(claimQueryString(parsed.ok ? parsed.filter : {})).toBe("?route=instc-west&outcome=overdue");
  });

  it("treats empty values as absent", () => {
    expect(parseClaimFilter(new URLSearchParams("route=&outcome="))).toEqual({ ok: true, filter: {} });
  });

  it("refuses an unknown outcome, an unknown key and a repeated key, saying why", () => {
    const parsed = parseClaimFilter(new URLSearchParams("outcome=kept&metrik=x&route=a&route=b"));
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    expect(errors.some((error) => error.includes("The address asks for “metrik”"))).toBe(true);
    expect(errors.some((error) => error.includes("'route' is given more than once"))).toBe(true);
    expect(errors.some((error) => error.includes("'outcome' must be one of pending, met"))).toBe(true);
  });

  it("reads a page number, and leaves page 1 out of the address", () => {
    expect(parseClaimFilter(new URLSearchParams("page=3&outcome=met"))).toEqual({ ok: true, filter: { outcome: "met", page: 3 } });
    expect(claimQueryString({ outcome: "met", page: 3 })).toBe("?outcome=met&page=3");
    expect(claimQueryString({ outcome: "met", page: 1 })).toBe("?outcome=met");
    for (const page of ["0", "-1", "2.5", "x", "1234567"]) {
      const parsed = parseClaimFilter(new URLSearchParams(`page=${page}`));
      expect(parsed.ok, page).toBe(false);
    }
  });
});
