import { describe, expect, it } from "vitest";
import { listQueryString, parseFigureListQuery } from "./figure-list-query";

const parse = (query: string) => parseFigureListQuery(new URLSearchParams(query));

describe("parseFigureListQuery", () => {
  it("reads the filter and the page; the first page by default", () => {
    expect(parse("")).toEqual({ ok: true, filter: {}, sort: null, page: 1 });
    expect(parse("route=suez&status=claim&page=3")).toEqual({ ok: true, filter: { route: "suez", status: "claim" }, sort: null, page: 3 });
    expect(parse("page=")).toEqual({ ok: true, filter: {}, sort: null, page: 1 });
  });

  it("reads an order: a column and a direction, ascending by default", () => {
    expect(parse("sort=value&dir=desc")).toEqual({ ok: true, filter: {}, sort: { column: "value", dir: "desc" }, page: 1 });
    expect(parse("sort=as-of")).toEqual({ ok: true, filter: {}, sort: { column: "as-of", dir: "asc" }, page: 1 });
    expect(parse("sort=&dir=")).toEqual({ ok: true, filter: {}, sort: null, page: 1 });
  });

  it.each([
    [
      "sort=colour",
      "The list cannot be sorted by “colour”: sort by metric, route, subject, period, value, unit, status, source, as-of, note",
    ],
    ["sort=value&dir=up", "“up” is not an order: use asc (A to Z, low to high, old to new) or desc"],
    ["dir=desc", "An order needs a column to sort by (sort=…)"],
    ["sort=value&sort=unit", "The order is given more than once: sort by one column"],
  ])("refuses the order %s in the reader's words", (query, message) => {
    expect(parse(query)).toEqual({ ok: false, errors: [message] });
  });

  it("writes the order and the page into the address, leaving defaults out", () => {
    expect(listQueryString({ route: "suez", q: "canal" }, { column: "value", dir: "desc" }, 2)).toBe(
      "?route=suez&q=canal&sort=value&dir=desc&page=2",
    );
    expect(listQueryString({}, null, 1)).toBe("");
    const query = listQueryString({ source: "TASS" }, { column: "period", dir: "asc" }, 3);
    expect(parse(query.slice(1))).toEqual({ ok: true, filter: { source: "TASS" }, sort: { column: "period", dir: "asc" }, page: 3 });
  });

  it.each([
    ["page=0", "There is no page “0”: pages are numbered 1 to 100,000"],
    ["page=-2", "There is no page “-2”: pages are numbered 1 to 100,000"],
    ["page=1.5", "There is no page “1.5”: pages are numbered 1 to 100,000"],
    ["page=two", "There is no page “two”: pages are numbered 1 to 100,000"],
    ["page=100001", "There is no page “100001”: pages are numbered 1 to 100,000"],
    ["page=1&page=2", "The page is given more than once: choose one"],
  ])("refuses %s", (query, message) => {
    expect(parse(query)).toEqual({ ok: false, errors: [message] });
  });

  it("still refuses unknown keys and bad filters, with every error at once", () => {
    const result = parse("metrik=x&status=rumour&page=0");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toHaveLength(3);
  });
});
