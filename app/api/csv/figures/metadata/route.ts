import type { NextRequest } from "next/server";
import { describeFiguresCsv } from "@/lib/csv/figures-csv-metadata";
import { countFigures } from "@/lib/data/figures/count-figures";
import { readFigureFilter } from "@/lib/data/figures/read-figure-filter";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { withErrorResponses } from "@/lib/http/error-responses";
import { requestReader } from "@/lib/data/request-reader";

export const dynamic = "force-dynamic";

/** GET /api/csv/figures/metadata?<same filters>: title, filters, row count, time, columns and source note. */
export const GET = withErrorResponses(async (request: NextRequest) => {
  const at = await requestReader(request.nextUrl.searchParams);
  if (!at.ok) return at.response;
  const { db } = at;
  const read = await readFigureFilter(db, at.params);
  if (!read.ok) return read.response;
  const { filter } = read;
  return conditionalResponse(db, request, async () =>
    Response.json(describeFiguresCsv(filter, await countFigures(db, filter), new Date())),
  );
});
