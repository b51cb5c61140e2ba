import { badRequest, csvFilename, csvResponse } from "@/lib/csv/csv-response";
import { figuresToCsv } from "@/lib/csv/figure-csv";
import { comparisonMeasures, getRouteComparison } from "@/lib/data/comparison/get-route-comparison";
import { streamFigures } from "@/lib/data/figures/stream-figures";

export const dynamic = "force-dynamic";

/** GET /api/csv/comparison/<measure>: the figures one route-comparison chart draws, and no others. */
export async function GET(request: Request, { params }: { params: Promise<{ measure: string }> }) {
  const { measure } = await params;
  const definition = comparisonMeasures.find((candidate) => candidate.measure === measure);
  if (!definition) {
    return badRequest(`Unknown measure "${measure}"`, [`measure must be one of ${comparisonMeasures.map((m) => m.measure).join(", ")}`]);
  }
  const [comparison] = await getRouteComparison([definition]);
  const ids = comparison!.rows.flatMap((row) => row.value?.figureIds ?? []);
  async function* chunks() {
    yield figuresToCsv([], { header: true });
    if (ids.length === 0) return;
    for await (const batch of streamFigures({ ids }, { signal: request.signal })) yield figuresToCsv(batch, { header: false });
  }
  return csvResponse(csvFilename("comparison", { measure }, new Date()), chunks());
}
