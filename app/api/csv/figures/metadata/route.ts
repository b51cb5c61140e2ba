import type { NextRequest } from "next/server";
import { badRequest } from "@/lib/csv/csv-response";
import { describeFiguresCsv } from "@/lib/csv/figures-csv-metadata";
import { countFigures } from "@/lib/data/figures/count-figures";
import { unknownFilterSlugs } from "@/lib/data/figures/validate-filter-slugs";
import { figureFilterKeys, parseFigureFilter } from "@/lib/filters/figure-filter";
import { searchParamsToRecord, unknownKeyErrors } from "@/lib/filters/search-params";

export const dynamic = "force-dynamic";

/** GET /api/csv/figures/metadata?<same filters>: title, filters, row count, time, columns and source note. */
export async function GET(request: NextRequest) {
  const unknownKeys = unknownKeyErrors(request.nextUrl.searchParams, figureFilterKeys);
  if (unknownKeys.length > 0) return badRequest("Invalid filter", unknownKeys);
  const parsed = parseFigureFilter(searchParamsToRecord(request.nextUrl.searchParams));
  if (!parsed.ok) return badRequest("Invalid filter", parsed.errors);
  const unknown = await unknownFilterSlugs(parsed.filter);
  if (unknown.length > 0) return badRequest("Invalid filter", unknown);
  const rowCount = await countFigures(parsed.filter);
  return Response.json(describeFiguresCsv(parsed.filter, rowCount, new Date()), { headers: { "Cache-Control": "no-store" } });
}
