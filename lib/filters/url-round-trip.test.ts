import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chartQuery, parseChartQuery, type ChartState } from "../charts/chart-state";
import { claimOutcomes } from "../claims/claim-outcome";
import { changeQueryString, parseChangeFilter, type ChangeQuery } from "./change-filter";
import { claimQueryString, parseClaimFilter, type ClaimQuery } from "./claim-filter";
import { comparisonMeasureNames } from "./comparison-measure";
import { eventsCsvUrl, figuresCsvUrl, trendCsvUrl } from "../csv/csv-urls";
import { parseEventFilter } from "./event-filter";
import { figureStatuses, parseFigureFilter, searchLength, toQueryString, type FigureFilter } from "./figure-filter";
import { figureSortColumns, figureSortDirections, listQueryString, parseFigureListQuery, type FigureSort } from "./figure-list-query";
import { parseFigureQuery } from "./parse-figure-query";
import { queryString, readQueryValues, recordToSearchParams, replaceQueryKeys, searchParamsToRecord } from "./search-params";
import { parseTrendView, trendModes, trendScales, trendViewEntries, trendViewPrefix, withTrendView, type TrendView } from "./trend-view";

// Every address the site writes reads back as what it was written from: parse(serialize(x)) = x, on the server's
// URLSearchParams and on the record Next.js hands a page alike. Values are any the readers accept: text that is
// already trimmed (the readers trim), without NUL, within each key's length.

const params = (search: string) => new URLSearchParams(search);
const query = (url: string) => params(url.includes("?") ? url.slice(url.indexOf("?")) : "");

const slug = fc.stringMatching(/^[a-z0-9_-]{1,64}$/);
const text = (min: number, max: number) =>
  fc
    .string({ unit: "grapheme", minLength: min, maxLength: max })
    .map((value) => value.trim())
    // Lengths as the readers count them: in characters (code points), so "𐀀!" is two, not three UTF-16 units.
    .filter((value) => [...value].length >= min && [...value].length <= max && !value.includes("\u0000"));
const isoDay = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const figureFilter: fc.Arbitrary<FigureFilter> = fc
  .record(
    {
      metric: slug,
      route: slug,
      status: fc.constantFrom(...figureStatuses),
      from: isoDay,
      to: isoDay,
      source: text(1, 200),
      q: text(searchLength.min, searchLength.max),
    },
    { requiredKeys: [] },
  )
  .map((filter) => (filter.from && filter.to && filter.from > filter.to ? { ...filter, from: filter.to, to: filter.from } : filter));

const figureSort: fc.Arbitrary<FigureSort> = fc.option(
  fc.record({ column: fc.constantFrom(...figureSortColumns), dir: fc.constantFrom(...figureSortDirections) }),
  { nil: null },
);

const year = fc.integer({ min: 1000, max: 9999 });
const trendView: fc.Arbitrary<TrendView> = fc
  .record({
    since: fc.option(year, { nil: undefined }),
    until: fc.option(year, { nil: undefined }),
    mode: fc.constantFrom(...trendModes),
    scale: fc.constantFrom(...trendScales),
    hide: fc.uniqueArray(text(1, 200), { maxLength: 5 }).map((hidden) => [...hidden].sort()),
  })
  .map(({ since, until, ...rest }) => {
    const [first, last] = since !== undefined && until !== undefined && since > until ? [until, since] : [since, until];
    return { ...rest, ...(first !== undefined ? { since: first } : {}), ...(last !== undefined ? { until: last } : {}) };
  });

describe("query strings read back as they were written", () => {
  it("the one writer: every non-empty entry, in order, and nothing else", () => {
    const entries = fc.array(fc.tuple(text(1, 20), fc.option(text(0, 20), { nil: undefined })), { maxLength: 8 });
    fc.assert(
      fc.property(entries, (written) => {
        const read = [...params(queryString(written)).entries()];
        expect(read).toEqual(written.filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""));
      }),
    );
    expect(
      queryString([
        ["a", undefined],
        ["b", ""],
      ]),
    ).toBe("");
  });

  it("replacing some keys keeps every other key and its values", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("a", "b", "c"), text(1, 10)), { maxLength: 6 }), text(1, 10), (kept, value) => {
        const search = queryString(kept);
        const replaced = params(replaceQueryKeys(search, ["a"], [["a", value]]));
        expect(replaced.getAll("a")).toEqual([value]);
        for (const key of ["b", "c"]) expect(replaced.getAll(key)).toEqual(params(search).getAll(key));
      }),
    );
  });

  it("reads a page's record the same as its URLSearchParams", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("metric", "route", "hide"), text(0, 10)), { maxLength: 6 }), (entries) => {
        const search = new URLSearchParams(entries);
        const asRecord = searchParamsToRecord(search);
        const keys = ["metric", "route", "hide"] as const;
        expect(readQueryValues(asRecord, keys, { repeatable: ["hide"] })).toEqual(readQueryValues(search, keys, { repeatable: ["hide"] }));
        expect([...recordToSearchParams(asRecord).entries()].sort()).toEqual([...search.entries()].sort());
      }),
    );
  });

  it("a figure filter (/figures, GET /api/figures, the figures CSV)", () => {
    fc.assert(
      fc.property(figureFilter, (filter) => {
        expect(parseFigureQuery(params(toQueryString(filter)))).toEqual({ ok: true, filter });
        expect(parseFigureFilter(searchParamsToRecord(params(toQueryString(filter))))).toEqual({ ok: true, filter });
        expect(parseFigureQuery(query(figuresCsvUrl(filter)))).toEqual({ ok: true, filter });
      }),
    );
  });

  it("a figure list: its filter, order and page", () => {
    fc.assert(
      fc.property(figureFilter, figureSort, fc.integer({ min: 1, max: 100_000 }), (filter, sort, page) => {
        expect(parseFigureListQuery(params(listQueryString(filter, sort, page)))).toEqual({ ok: true, filter, sort, page });
      }),
    );
  });

  it("the claims list (page 1 is the address without a page)", () => {
    const claimQuery: fc.Arbitrary<ClaimQuery> = fc.record(
      { route: slug, outcome: fc.constantFrom(...claimOutcomes), page: fc.integer({ min: 2, max: 999_999 }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(claimQuery, (filter) => {
        expect(parseClaimFilter(params(claimQueryString(filter)))).toEqual({ ok: true, filter });
      }),
    );
    expect(claimQueryString({ page: 1 })).toBe("");
  });

  it("the changes list and its feed (page 1 is the address without a page)", () => {
    const changeQuery: fc.Arbitrary<ChangeQuery> = fc.record(
      { metric: slug, route: slug, figure: fc.integer({ min: 1, max: 999_999_999 }), page: fc.integer({ min: 2, max: 999_999_999 }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(changeQuery, (filter) => {
        expect(parseChangeFilter(params(changeQueryString(filter)))).toEqual({ ok: true, filter });
      }),
    );
    expect(changeQueryString({ page: 1 })).toBe("");
  });

  it("the events CSV", () => {
    fc.assert(
      fc.property(fc.option(slug, { nil: undefined }), (route) => {
        const filter = route === undefined ? {} : { route };
        expect(parseEventFilter(query(eventsCsvUrl(filter)))).toEqual({ ok: true, filter });
      }),
    );
  });

  it("a trend's view, bare (its CSV) and prefixed by its metric (a page's address)", () => {
    fc.assert(
      fc.property(trendView, slug, fc.option(slug, { nil: undefined }), (view, metric, route) => {
        expect(parseTrendView(params(queryString(trendViewEntries(view))))).toEqual({ ok: true, view });
        const csv = query(trendCsvUrl(metric, { route }, view));
        expect(parseTrendView(csv)).toEqual({ ok: true, view });
        expect(csv.get("route") ?? undefined).toEqual(route);
        const page = params(withTrendView("", metric, view));
        expect(parseTrendView(page, trendViewPrefix(metric))).toEqual({ ok: true, view });
      }),
    );
  });

  it("one chart's view written into a page's address leaves the other charts' views and the filters as they were", () => {
    fc.assert(
      fc.property(trendView, trendView, figureFilter, (mine, theirs, filter) => {
        const before = replaceQueryKeys(toQueryString(filter), [], trendViewEntries(theirs, trendViewPrefix("other")));
        const after = params(withTrendView(before, "mine", mine));
        expect(parseTrendView(after, trendViewPrefix("mine"))).toEqual({ ok: true, view: mine });
        expect(parseTrendView(after, trendViewPrefix("other"))).toEqual({ ok: true, view: theirs });
        expect(parseFigureFilter(after)).toEqual({ ok: true, filter });
      }),
    );
  });

  it("a chart's state, the query its image and embed addresses share", () => {
    const chartState: fc.Arbitrary<ChartState> = fc.oneof(
      fc.constantFrom(...comparisonMeasureNames).map((measure) => ({ chart: "comparison" as const, measure })),
      fc
        .tuple(figureFilter, slug, trendView)
        .map(([filter, metric, view]) => ({ chart: "trend" as const, filter: { ...filter, metric }, view })),
      fc.option(slug, { nil: undefined }).map((route) => ({ chart: "map" as const, ...(route ? { route } : {}) })),
    );
    fc.assert(
      fc.property(chartState, (state) => {
        expect(parseChartQuery(state.chart, params(chartQuery(state)))).toEqual({ state, errors: [] });
      }),
    );
  });
});
