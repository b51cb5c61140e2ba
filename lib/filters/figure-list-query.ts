import { figureFilterKeys, parseFigureFilter, type FigureFilter } from "./figure-filter";
import { searchParamsToRecord, unknownKeyErrors } from "./search-params";

// The public figure list's query string: the figure filter plus the page. Pages keep every request bounded (the
// list is never sent whole, however many figures there are); the CSV of a filter is the whole selection.

export const figureListPageSize = 100;
const maxPage = 100_000;

export type FigureListQuery = { ok: true; filter: FigureFilter; page: number } | { ok: false; errors: string[] };

/** Reads /figures's and GET /api/figures's query: unknown or repeated keys and bad values are refused, never ignored. */
export function parseFigureListQuery(params: URLSearchParams): FigureListQuery {
  const { page: pageText, ...rest } = searchParamsToRecord(params);
  const parsed = parseFigureFilter(rest);
  const errors = [...unknownKeyErrors(params, [...figureFilterKeys, "page"]), ...(parsed.ok ? [] : parsed.errors)];
  let page = 1;
  if (Array.isArray(pageText)) errors.push("'page' is given more than once");
  else if (pageText !== undefined && pageText.trim() !== "") {
    page = Number(pageText);
    if (!/^\d{1,6}$/.test(pageText.trim()) || page < 1 || page > maxPage) errors.push(`'page' must be a whole number from 1 to ${maxPage.toLocaleString("en")} (got "${pageText}")`);
  }
  return errors.length > 0 || !parsed.ok ? { ok: false, errors } : { ok: true, filter: parsed.filter, page };
}
