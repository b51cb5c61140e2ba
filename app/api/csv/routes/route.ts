import { csvFilename, csvResponse } from "@/lib/csv/csv-response";
import { datasetTableCsv } from "@/lib/data/downloads/dataset-table-csv";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { withErrorResponses } from "@/lib/http/error-responses";
import { requestReader } from "@/lib/data/request-reader";

export const dynamic = "force-dynamic";

/** GET /api/csv/routes: every route, as the data package's routes.csv. */
export const GET = withErrorResponses(async (request: Request) => {
  const at = await requestReader(new URL(request.url).searchParams);
  if (!at.ok) return at.response;
  const { db } = at;
  return conditionalResponse(db, request, () =>
    csvResponse(csvFilename("routes", {}, new Date()), datasetTableCsv(db, "routes", request.signal)),
  );
});
