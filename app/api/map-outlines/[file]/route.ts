import type { NextRequest } from "next/server";
import { badRequest } from "@/lib/http/api-error";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { withErrorResponses } from "@/lib/http/error-responses";
import { readRouteMap } from "@/lib/data/public-reads";
import { pageMapSizes, renderMapOutlines, type PageMapSize } from "@/lib/map/render-route-map";

export const dynamic = "force-dynamic";

/**
 * GET /api/map-outlines/<wide|compact>.svg: the country outlines under the page's route map at that size, which the
 * page's inline map draws as an image. Their frame follows the routes' legend, so they are read from the data and
 * carry its validators like every answer from it.
 */
export const GET = withErrorResponses(async (request: NextRequest, { params }: { params: Promise<{ file: string }> }) => {
  const { file } = await params;
  const size = (Object.keys(pageMapSizes) as PageMapSize[]).find((candidate) => `${candidate}.svg` === file);
  if (!size) return badRequest(`Unknown outlines “${file}”`, ["The address is /api/map-outlines/<wide|compact>.svg"]);
  return conditionalResponse(request, async () => {
    const { width, height } = pageMapSizes[size];
    return new Response(renderMapOutlines(await readRouteMap(), width, height), {
      headers: { "Content-Type": "image/svg+xml; charset=utf-8", "X-Content-Type-Options": "nosniff" },
    });
  });
});
