import { describe, expect, it } from "vitest";
import { changeQueryString, parseChangeFeedQuery, parseChangeFilter } from "./change-filter";

describe("the changes list's and feed's queries", () => {
  it("reads the list's filter and page, and writes them back in a fixed order", () => {
    const parsed = parseChangeFilter(new URLSearchParams("page=2&route=instc-west&metric=transit_time"));
    expect(parsed).toEqual({ ok: true, filter: { metric: "transit_time", route: "instc-west", page: 2 } });
    expect(parsed.ok && changeQueryString(parsed.filter)).toBe("?metric=transit_time&route=instc-west&page=2");
  });

  it("gives the feed the same filter, and refuses a page there as an unknown key", () => {
    expect(parseChangeFeedQuery(new URLSearchParams("figure=120"))).toEqual({ ok: true, filter: { figure: 120 } });
    const paged = parseChangeFeedQuery(new URLSearchParams("metric=transit_time&page=2"));
    expect(paged.ok).toBe(false);
    expect(!paged.ok && paged.errors.join(" ")).toContain("page");
    expect(parseChangeFilter(new URLSearchParams("page=0")).ok).toBe(false);
  });
});
