import "server-only";
import { badRequest } from "../../http/api-error";
import type { FigureFilter } from "../../filters/figure-filter";
import { parseFigureQuery } from "../../filters/parse-figure-query";
import { unknownFilterSlugs } from "./validate-filter-slugs";
import type { Reader } from "../reader";

/** A route handler's query string as a figure filter, or the 400 answer that says everything wrong with it. */
export async function readFigureFilter(
  db: Reader,
  params: URLSearchParams,
): Promise<{ ok: true; filter: FigureFilter } | { ok: false; response: Response }> {
  const parsed = parseFigureQuery(params);
  if (!parsed.ok) return { ok: false, response: badRequest("Invalid filter", parsed.errors) };
  const unknown = await unknownFilterSlugs(db, parsed.filter);
  if (unknown.length > 0) return { ok: false, response: badRequest("Invalid filter", unknown) };
  return parsed;
}
