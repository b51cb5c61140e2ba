import type { NextRequest } from "next/server";
import { FiguresPageSchema } from "@/lib/api/response-schemas";
import { badRequest } from "@/lib/http/api-error";
import { jsonAnswer } from "@/lib/http/json-answer";
import { withOutcomes } from "@/lib/data/claims/figure-outcomes";
import { getFiguresPage } from "@/lib/data/figures/get-figures-page";
import { unknownFilterSlugs } from "@/lib/data/figures/validate-filter-slugs";
import { figureListPageSize, parseFigureListQuery } from "@/lib/filters/figure-list-query";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { withErrorResponses } from "@/lib/http/error-responses";
import { requestReader } from "@/lib/data/request-reader";

export const dynamic = "force-dynamic";

/**
 * GET /api/figures?metric=&route=&status=&from=&to=&source=&q=&sort=&dir=&page= → `{ figures, total, page, pageSize }`: the page of
 * rows /figures shows for the same query string (the figure explorer refetches through it), 100 to a page. A bad
 * filter is a 400 `{ code, message, issues }`, the same answer the CSV export gives, never an empty 200. Each figure carries
 * `outcome`: a plan's or forecast's outcome today (see /claims), null for other figures.
 */
export const GET = withErrorResponses(async (request: NextRequest) => {
  const at = await requestReader(request.nextUrl.searchParams);
  if (!at.ok) return at.response;
  const { db } = at;
  const parsed = parseFigureListQuery(at.params);
  if (!parsed.ok) return badRequest("Invalid filter", parsed.errors);
  const unknown = await unknownFilterSlugs(db, parsed.filter);
  if (unknown.length > 0) return badRequest("Invalid filter", unknown);
  const { filter, page, sort } = parsed;
  return conditionalResponse(db, request, async () => {
    const figures = await getFiguresPage(db, filter, page, figureListPageSize, sort);
    return jsonAnswer(FiguresPageSchema, { ...figures, figures: await withOutcomes(db, figures.figures) });
  });
});
