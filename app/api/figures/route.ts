import type { NextRequest } from "next/server";
import { badRequest } from "@/lib/csv/csv-response";
import { getFigures } from "@/lib/data/figures/get-figures";
import { unknownFilterSlugs } from "@/lib/data/figures/validate-filter-slugs";
import { parseFigureQuery } from "@/lib/filters/parse-figure-query";

export const dynamic = "force-dynamic";

/**
 * GET /api/figures?metric=&route=&status=&from=&to= → FigureView[] as JSON: the rows /figures shows for the same
 * query string (the figure explorer refetches through it). A bad filter is a 400 `{ error, issues }`, the same
 * answer the CSV export gives, never an empty 200.
 */
export async function GET(request: NextRequest) {
  const parsed = parseFigureQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest("Invalid filter", parsed.errors);
  const unknown = await unknownFilterSlugs(parsed.filter);
  if (unknown.length > 0) return badRequest("Invalid filter", unknown);
  return Response.json(await getFigures(parsed.filter), { headers: { "Cache-Control": "no-store" } });
}
