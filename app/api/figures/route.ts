import type { NextRequest } from "next/server";
import { getFigures } from "@/lib/data/figures/get-figures";
import { readFigureFilter } from "@/lib/data/figures/read-figure-filter";

export const dynamic = "force-dynamic";

/**
 * GET /api/figures?metric=&route=&status=&from=&to= → FigureView[] as JSON: the rows /figures shows for the same
 * query string (the figure explorer refetches through it). A bad filter is a 400 `{ error, issues }`, the same
 * answer the CSV export gives, never an empty 200.
 */
export async function GET(request: NextRequest) {
  const read = await readFigureFilter(request.nextUrl.searchParams);
  if (!read.ok) return read.response;
  return Response.json(await getFigures(read.filter), { headers: { "Cache-Control": "no-store" } });
}
