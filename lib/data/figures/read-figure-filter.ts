import "server-only";
import { badRequest } from "../../http/api-error";
import type { FigureFilter } from "../../filters/figure-filter";
import { parseFigureQuery } from "../../filters/parse-figure-query";
import { unknownFilterSlugs } from "./validate-filter-slugs";
import type { Reader } from "../reader";
import { requestReader } from "../request-reader";

/**
 * A figures route handler's address: the database (now, or as of its `asOf`) and its query string as a figure
 * filter, or the 400 answer that says everything wrong with either.
 */
export async function readFigureRequest(
  params: URLSearchParams,
): Promise<{ ok: true; db: Reader; filter: FigureFilter } | { ok: false; response: Response }> {
  const at = await requestReader(params);
  if (!at.ok) return at;
  const parsed = parseFigureQuery(at.params);
  if (!parsed.ok) return { ok: false, response: badRequest("Invalid filter", parsed.errors) };
  const unknown = await unknownFilterSlugs(at.db, parsed.filter);
  if (unknown.length > 0) return { ok: false, response: badRequest("Invalid filter", unknown) };
  return { ok: true, db: at.db, filter: parsed.filter };
}
