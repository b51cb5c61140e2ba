import { describe, expect, it } from "vitest";
import { listQueryString, readListQuery } from "./admin-list-url";

describe("admin list URL", () => {
  it("round-trips a view and leaves defaults out", () => {
    const parsed = readListQuery(new URLSearchParams("page=2&metric=route_length&deleted=exclude&sort=updated&q=%20caspian%20"));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(listQueryString(parsed.query)).toBe("?metric=route_length&q=caspian&page=2");
    expect(listQueryString({ ...parsed.query, metric: undefined, q: undefined, page: 1 })).toBe("");
  });

  it("reports a bad view instead of guessing", () => {
    const parsed = readListQuery(new URLSearchParams("pageSize=7000&deleted=maybe"));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.join(" ")).toMatch(/pageSize/);
    expect(parsed.errors.join(" ")).toMatch(/deleted/);
  });
});
