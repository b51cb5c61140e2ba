import { describe, expect, it } from "vitest";
import { parseFigureListQuery } from "./figure-list-query";

const parse = (query: string) => parseFigureListQuery(new URLSearchParams(query));

describe("parseFigureListQuery", () => {
  it("reads the filter and the page; the first page by default", () => {
    expect(parse("")).toEqual({ ok: true, filter: {}, page: 1 });
    expect(parse("route=suez&status=claim&page=3")).toEqual({ ok: true, filter: { route: "suez", status: "claim" }, page: 3 });
    expect(parse("page=")).toEqual({ ok: true, filter: {}, page: 1 });
  });

  it.each([
    ["page=0", "'page' must be a whole number from 1 to 100,000 (got \"0\")"],
    ["page=-2", "'page' must be a whole number from 1 to 100,000 (got \"-2\")"],
    ["page=1.5", "'page' must be a whole number from 1 to 100,000 (got \"1.5\")"],
    ["page=two", "'page' must be a whole number from 1 to 100,000 (got \"two\")"],
    ["page=100001", "'page' must be a whole number from 1 to 100,000 (got \"100001\")"],
    ["page=1&page=2", "'page' is given more than once"],
  ])("refuses %s", (query, message) => {
    expect(parse(query)).toEqual({ ok: false, errors: [message] });
  });

  it("still refuses unknown keys and bad filters, with every error at once", () => {
    const result = parse("metrik=x&status=rumour&page=0");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toHaveLength(3);
  });
});
