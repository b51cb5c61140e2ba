import { csvFilename, csvResponse } from "@/lib/csv/csv-response";
import { badRequest } from "@/lib/http/api-error";
import { comparisonMeasures, getRouteComparison } from "@/lib/data/comparison/get-route-comparison";
import { figuresCsvChunks } from "@/lib/data/figures/figures-csv-chunks";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { ComparisonMeasureParams, comparisonMeasureNames } from "@/lib/filters/comparison-measure";
import { withErrorResponses } from "@/lib/http/error-responses";
import { requestReader } from "@/lib/data/request-reader";

export const dynamic = "force-dynamic";

/** GET /api/csv/comparison/<measure>: the figures one route-comparison chart draws, and no others. */
export const GET = withErrorResponses(async (request: Request, { params }: { params: Promise<{ measure: string }> }) => {
  const { measure } = await params;
  const at = await requestReader(new URL(request.url).searchParams);
  if (!at.ok) return at.response;
  const { db } = at;

  const parsed = ComparisonMeasureParams.safeParse({ measure });
  if (!parsed.success) return badRequest(`Unknown measure "${measure}"`, [`measure must be one of ${comparisonMeasureNames.join(", ")}`]);
  const definition = comparisonMeasures.find((candidate) => candidate.measure === parsed.data.measure)!;
  return conditionalResponse(db, request, async () => {
    const [comparison] = await getRouteComparison(db, [definition]);
    const ids = comparison!.rows.flatMap((row) => row.value?.figureIds ?? []);
    return csvResponse(csvFilename("comparison", { measure }, new Date()), figuresCsvChunks(db, { ids }, request.signal));
  });
});
