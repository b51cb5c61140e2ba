import type { NextRequest } from "next/server";
import { csvFilename, csvResponse } from "@/lib/csv/csv-response";
import { figuresCsvChunks } from "@/lib/data/figures/figures-csv-chunks";
import { readFigureRequest } from "@/lib/data/figures/read-figure-filter";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { withErrorResponses } from "@/lib/http/error-responses";

export const dynamic = "force-dynamic";

/** GET /api/csv/figures?metric=&route=&status=&from=&to= : the figures of a selection; no filter, all of them. */
export const GET = withErrorResponses(async (request: NextRequest) => {
  const read = await readFigureRequest(request.nextUrl.searchParams);
  if (!read.ok) return read.response;
  const { db, filter } = read;
  return conditionalResponse(db, request, () =>
    csvResponse(csvFilename("figures", filter, new Date()), figuresCsvChunks(db, { filter }, request.signal)),
  );
});
