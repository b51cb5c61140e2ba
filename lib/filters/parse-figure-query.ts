import { figureFilterKeys, parseFigureFilter, type FilterResult } from "./figure-filter";
import { unknownKeyErrors } from "./search-params";

/**
 * A whole query string read as a figure filter, the way the /figures page, GET /api/figures and the browser all
 * read it: unknown keys ("metrik=") and repeated keys are refused with the malformed values, never ignored, so
 * the page, its JSON and its CSV always mean the same selection. Whether a route or metric exists is the
 * database's to say (unknownFilterSlugs), after this.
 */
export function parseFigureQuery(params: URLSearchParams): FilterResult {
  const parsed = parseFigureFilter(params);
  const errors = [...unknownKeyErrors(params, figureFilterKeys), ...(parsed.ok ? [] : parsed.errors)];
  return errors.length > 0 ? { ok: false, errors } : parsed;
}
