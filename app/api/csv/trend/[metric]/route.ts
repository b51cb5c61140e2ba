import type { NextRequest } from "next/server";
import { csvFilename, csvResponse } from "@/lib/csv/csv-response";
import { badRequest } from "@/lib/http/api-error";
import { trendViewToCsv } from "@/lib/csv/trend-csv";
import { applyTrendView } from "@/lib/dashboard/apply-trend-view";
import { getTrend } from "@/lib/data/figures/get-trend";
import { unknownFilterSlugs } from "@/lib/data/figures/validate-filter-slugs";
import { parseFigureFilter } from "@/lib/filters/figure-filter";
import { searchParamsToRecord, unknownKeyErrors } from "@/lib/filters/search-params";
import { parseTrendView, trendViewEntries, trendViewKeys } from "@/lib/filters/trend-view";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { withErrorResponses } from "@/lib/http/error-responses";
import { requestReader } from "@/lib/data/request-reader";

export const dynamic = "force-dynamic";

/**
 * GET /api/csv/trend/<metric>?route=&since=&until=&mode=&scale=&hide= : the points one trend chart draws in a
 * reader's view (lib/filters/trend-view.ts), in the chart's unit, with the index in an indexed view.
 */
export const GET = withErrorResponses(async (request: NextRequest, { params }: { params: Promise<{ metric: string }> }) => {
  const { metric } = await params;
  const at = await requestReader(request.nextUrl.searchParams);
  if (!at.ok) return at.response;
  const { db } = at;
  const query = at.params;
  const filter = parseFigureFilter({ metric, route: searchParamsToRecord(query).route });
  const view = parseTrendView(query);
  const errors = [
    ...unknownKeyErrors(query, ["route", ...trendViewKeys]),
    ...(filter.ok ? [] : filter.errors),
    ...(view.ok ? [] : view.errors),
  ];
  if (errors.length > 0 || !filter.ok) return badRequest("Invalid chart view", errors);
  const unknown = await unknownFilterSlugs(db, filter.filter);
  if (unknown.length > 0) return badRequest("Invalid chart view", unknown);
  const route = filter.filter.route;
  return conditionalResponse(db, request, async () => {
    const trend = await getTrend(db, metric, route ? { route } : {}, { events: [] });
    if (!trend) return badRequest("Invalid chart view", [`There is no metric called “${metric}”`]);
    const applied = applyTrendView(trend, view.view);
    const csv = trendViewToCsv(applied, { metric, unit: trend.metric.unit, route });
    const named = Object.fromEntries([
      ["metric", metric],
      ["route", route],
      ...trendViewEntries(view.view).filter(([key]) => key !== "hide"),
    ]);
    return csvResponse(
      csvFilename("trend", named, new Date()),
      (async function* () {
        yield csv;
      })(),
    );
  });
});
