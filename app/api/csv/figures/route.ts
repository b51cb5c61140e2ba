import type { NextRequest } from "next/server";
import { badRequest, csvFilename, csvResponse } from "@/lib/csv/csv-response";
import { figuresToCsv } from "@/lib/csv/figure-csv";
import { streamFigures } from "@/lib/data/figures/stream-figures";
import { unknownFilterSlugs } from "@/lib/data/figures/validate-filter-slugs";
import { figureFilterKeys, parseFigureFilter, type FigureFilter } from "@/lib/filters/figure-filter";
import { searchParamsToRecord, unknownKeyErrors } from "@/lib/filters/search-params";

export const dynamic = "force-dynamic";

async function* csvChunks(filter: FigureFilter, signal: AbortSignal) {
  yield figuresToCsv([], { header: true });
  for await (const batch of streamFigures({ filter }, { signal })) yield figuresToCsv(batch, { header: false });
}

/** GET /api/csv/figures?metric=&route=&status=&from=&to= : the figures of a selection; no filter, all of them. */
export async function GET(request: NextRequest) {
  const unknownKeys = unknownKeyErrors(request.nextUrl.searchParams, figureFilterKeys);
  if (unknownKeys.length > 0) return badRequest("Invalid filter", unknownKeys);
  const parsed = parseFigureFilter(searchParamsToRecord(request.nextUrl.searchParams));
  if (!parsed.ok) return badRequest("Invalid filter", parsed.errors);
  const unknown = await unknownFilterSlugs(parsed.filter);
  if (unknown.length > 0) return badRequest("Invalid filter", unknown);
  return csvResponse(csvFilename("figures", parsed.filter, new Date()), csvChunks(parsed.filter, request.signal));
}
