import type { NextRequest } from "next/server";
import { chartFileFields, chartPagePath, imageFormats } from "@/lib/charts/chart-state";
import { renderChartCard, renderChartImage } from "@/lib/chart-images/render-chart-image";
import { svgToPng } from "@/lib/chart-images/svg-to-png";
import { csvFilename } from "@/lib/csv/csv-response";
import { badRequest } from "@/lib/http/api-error";
import { getChartData } from "@/lib/data/charts/get-chart-data";
import { isChartKind, readChartState } from "@/lib/data/charts/read-chart-state";
import { siteOrigin } from "@/lib/auth/request-guard";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { withErrorResponses } from "@/lib/http/error-responses";
import { requestReader } from "@/lib/data/request-reader";

export const dynamic = "force-dynamic";

/**
 * GET /api/images/<comparison|trend|map>.<svg|png>?<state>: a chart as an image, with its title, legend, dated
 * sources, notes, licence and page address; `.card.png` is the same chart as a 1200 × 630 social card. The query is the chart's state (lib/charts/chart-state.ts), the same
 * as its CSV's and its embed's.
 */
export const GET = withErrorResponses(async (request: NextRequest, { params }: { params: Promise<{ file: string }> }) => {
  const { file } = await params;
  const chart = file.slice(0, file.indexOf("."));
  const format = imageFormats.find((candidate) => `${chart}.${candidate}` === file);
  if (!isChartKind(chart) || !format) {
    return badRequest(`Unknown image “${file}”`, ["The address is /api/images/<comparison|trend|map>.<svg|png|card.png>"]);
  }
  const at = await requestReader(request.nextUrl.searchParams);
  if (!at.ok) return at.response;
  const { db } = at;
  const read = await readChartState(db, chart, at.params);
  if (!read.ok) return badRequest("Invalid chart", read.errors);
  const { state } = read;
  return conditionalResponse(db, request, async () => {
    const data = await getChartData(db, state);
    if (!data) return badRequest("Invalid chart", ["There is no such chart"]);
    const origin = siteOrigin(request) ?? request.nextUrl.origin;
    const context = { origin, pageUrl: `${origin}${chartPagePath(state)}` };
    const name = csvFilename(
      format === "card.png" ? `${chart}-card` : chart,
      chartFileFields(state),
      new Date(),
      format === "svg" ? "svg" : "png",
    );
    const headers = { "Content-Disposition": `inline; filename="${name}"`, "X-Content-Type-Options": "nosniff" };
    if (format === "svg")
      return new Response(renderChartImage(data, state, context), {
        headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" },
      });
    // A card's size is its pixels (1200 × 630); a download is drawn at twice its size, for print.
    const { png } =
      format === "card.png" ? svgToPng(renderChartCard(data, state, context), 1) : svgToPng(renderChartImage(data, state, context));
    return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
  });
});
