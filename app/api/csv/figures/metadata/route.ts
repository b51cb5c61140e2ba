import type { NextRequest } from "next/server";
import { describeFiguresCsv } from "@/lib/csv/figures-csv-metadata";
import { countFigures } from "@/lib/data/figures/count-figures";
import { readFigureRequest } from "@/lib/data/figures/read-figure-filter";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { withErrorResponses } from "@/lib/http/error-responses";

export const dynamic = "force-dynamic";

/** GET /api/csv/figures/metadata?<same filters>: title, filters, row count, time, columns and source note. */
export const GET = withErrorResponses(async (request: NextRequest) => {
  const read = await readFigureRequest(request.nextUrl.searchParams);
  if (!read.ok) return read.response;
  const { db, filter } = read;
  return conditionalResponse(db, request, async () =>
    Response.json(describeFiguresCsv(filter, await countFigures(db, filter), new Date())),
  );
});
