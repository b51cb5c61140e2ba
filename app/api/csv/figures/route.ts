import type { NextRequest } from "next/server";
import { badRequest, csvFilename, csvResponse } from "@/lib/csv/csv-response";
import { figuresCsvChunks } from "@/lib/data/figures/figures-csv-chunks";
import { unknownFilterSlugs } from "@/lib/data/figures/validate-filter-slugs";
import { figureFilterKeys, parseFigureFilter } from "@/lib/filters/figure-filter";
import { searchParamsToRecord, unknownKeyErrors } from "@/lib/filters/search-params";

export const dynamic = "force-dynamic";

/** GET /api/csv/figures?metric=&route=&status=&from=&to= : the figures of a selection; no filter, all of them. */
export async function GET(request: NextRequest) {
  const unknownKeys = unknownKeyErrors(request.nextUrl.searchParams, figureFilterKeys);
  if (unknownKeys.length > 0) return badRequest("Invalid filter", unknownKeys);
  const parsed = parseFigureFilter(searchParamsToRecord(request.nextUrl.searchParams));
  if (!parsed.ok) return badRequest("Invalid filter", parsed.errors);
  const unknown = await unknownFilterSlugs(parsed.filter);
  if (unknown.length > 0) return badRequest("Invalid filter", unknown);
  return csvResponse(csvFilename("figures", parsed.filter, new Date()), figuresCsvChunks({ filter: parsed.filter }, request.signal));
}
