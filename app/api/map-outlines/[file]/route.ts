import type { NextRequest } from "next/server";
import { badRequest } from "@/lib/http/api-error";
import { conditionalStaticResponse } from "@/lib/http/conditional-response";
import { withErrorResponses } from "@/lib/http/error-responses";
import { parseMapOutlinesFile } from "@/lib/map/map-outlines-url";
import { renderMapOutlines } from "@/lib/map/render-route-map";

export const dynamic = "force-dynamic";

/**
 * GET /api/map-outlines/<width>x<frame height>.svg: the country outlines under the site's route map at that size,
 * which the page's inline map draws as an image. They depend on the two sizes and the build only, not on the data.
 */
export const GET = withErrorResponses(async (request: NextRequest, { params }: { params: Promise<{ file: string }> }) => {
  const { file } = await params;
  const size = parseMapOutlinesFile(file);
  if (!size) return badRequest(`Unknown outlines “${file}”`, ["The address is /api/map-outlines/<width>x<height>.svg, as a map names it"]);
  return conditionalStaticResponse(
    request,
    renderMapOutlines(size.width, size.height),
    (body) => new Response(body, { headers: { "Content-Type": "image/svg+xml; charset=utf-8", "X-Content-Type-Options": "nosniff" } }),
  );
});
