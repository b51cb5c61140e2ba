import { z } from "zod";
import { figureFilterEntries, figureFilterKeys, parseFigureFilter, type FigureFilter } from "./figure-filter";
import { queryString, readQueryValues, unknownKeyErrors } from "./search-params";

// The public figure list's query string: the figure filter (the selection, which its CSV holds too), the order and
// the page. Pages keep every request bounded (the list is never sent whole, however many figures there are).

export const figureListPageSize = 100;
/**
 * How many figures a route's or metric's page lists under its charts (whose tables already give each charted
 * figure); the figure list pages through the rest. Forty keeps every route of the sourced dataset but the Suez and
 * Middle Corridor routes whole (the INSTC western route has 38); a hundred, with sources and notes, was a quarter of a
 * route's page at a million figures.
 */
export const figureSectionSize = 40;
const maxPage = 100_000;

/** The columns the list sorts by, as the URL names them; each is backed by an index (see get-figures-page.ts). */
export const figureSortColumns = ["metric", "route", "subject", "period", "value", "unit", "status", "source", "as-of", "note"] as const;
export type FigureSortColumn = (typeof figureSortColumns)[number];
export const figureSortDirections = ["asc", "desc"] as const;
export type FigureSortDirection = (typeof figureSortDirections)[number];

/** The column headers the list shows, by sort key. */
export const figureSortLabels: Record<FigureSortColumn, string> = {
  metric: "Metric",
  route: "Route",
  subject: "Subject",
  period: "Period",
  value: "Value",
  unit: "Unit",
  status: "Status",
  source: "Source",
  "as-of": "As of",
  note: "Note",
};

export const FigureSortSchema = z.object({
  sort: z
    .enum(figureSortColumns)
    .optional()
    .meta({ description: "The column to order by; without it, by metric, then period. Blanks come last either way." }),
  dir: z
    .enum(figureSortDirections)
    .optional()
    .meta({ description: "asc (A to Z, low to high, old to new; the default) or desc. Needs sort." }),
});

/** The page of a list: 1 to 100,000 (at most six digits, so no huge number reaches the query). */
export const FigurePageSchema = z.object({
  page: z
    .string()
    .trim()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(maxPage))
    .optional()
    .meta({
      description: `Page number, 1 (the default) to ${maxPage.toLocaleString("en")}; ${figureListPageSize} figures a page.`,
      example: "2",
    }),
});

/** No `sort` is the list's own order (by metric, then period); `dir` without `sort` orders that column. */
export type FigureSort = { column: FigureSortColumn; dir: FigureSortDirection } | null;

export type FigureListQuery = { ok: true; filter: FigureFilter; sort: FigureSort; page: number } | { ok: false; errors: string[] };

const listKeys = [...figureFilterKeys, "sort", "dir", "page"] as const;

/** Reads /figures's and GET /api/figures's query: unknown or repeated keys and bad values are refused, never ignored. */
export function parseFigureListQuery(params: URLSearchParams): FigureListQuery {
  const parsed = parseFigureFilter(params);
  const errors = [...unknownKeyErrors(params, listKeys), ...(parsed.ok ? [] : parsed.errors)];
  const { input, repeated } = readQueryValues(params, ["page", "sort", "dir"] as const);
  const pageText = input.page as string | undefined;
  let page = 1;
  if (repeated.includes("page")) errors.push("The page is given more than once: choose one");
  else if (pageText !== undefined) {
    const result = FigurePageSchema.safeParse({ page: pageText });
    if (result.success && result.data.page !== undefined) page = result.data.page;
    else errors.push(`There is no page “${pageText}”: pages are numbered 1 to ${maxPage.toLocaleString("en")}`);
  }
  let sort: FigureSort = null;
  if (repeated.includes("sort")) errors.push("The order is given more than once: sort by one column");
  if (repeated.includes("dir")) errors.push("The direction of the order is given more than once: choose one");
  if (!repeated.includes("sort") && !repeated.includes("dir")) {
    const order = { sort: (input.sort as string | undefined)?.trim(), dir: (input.dir as string | undefined)?.trim() };
    const result = FigureSortSchema.safeParse(order);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push(
          issue.path[0] === "sort"
            ? `The list cannot be sorted by “${order.sort}”: sort by ${figureSortColumns.join(", ")}`
            : `“${order.dir}” is not an order: use asc (A to Z, low to high, old to new) or desc`,
        );
      }
    } else if (result.data.sort) sort = { column: result.data.sort, dir: result.data.dir ?? "asc" };
    else if (result.data.dir) errors.push("An order needs a column to sort by (sort=…)");
  }
  return errors.length > 0 || !parsed.ok ? { ok: false, errors } : { ok: true, filter: parsed.filter, sort, page };
}

/** "?route=suez&sort=value&dir=desc&page=2": the filter's query, the order and the page, left out when default. */
export function listQueryString(filter: FigureFilter, sort: FigureSort, page: number): string {
  return queryString([
    ...figureFilterEntries(filter),
    ["sort", sort?.column],
    ["dir", sort?.dir],
    ["page", page > 1 ? String(page) : undefined],
  ]);
}
