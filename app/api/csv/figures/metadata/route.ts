import type { NextRequest } from "next/server";
import { describeFiguresCsv } from "@/lib/csv/figures-csv-metadata";
import { countFigures } from "@/lib/data/figures/count-figures";
import { readFigureFilter } from "@/lib/data/figures/read-figure-filter";
import { withErrorResponses } from "@/lib/http/error-responses";

export const dynamic = "force-dynamic";

/** GET /api/csv/figures/metadata?<same filters>: title, filters, row count, time, columns and source note. */
export const GET = withErrorResponses(async (request: NextRequest) => {
  const read = await readFigureFilter(request.nextUrl.searchParams);
  if (!read.ok) return read.response;
  const rowCount = await countFigures(read.filter);
  return Response.json(describeFiguresCsv(read.filter, rowCount, new Date()), { headers: { "Cache-Control": "no-store" } });
});
