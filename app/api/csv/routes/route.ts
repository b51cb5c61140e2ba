import { csvFilename, csvResponse } from "@/lib/csv/csv-response";
import { datasetTableCsv } from "@/lib/data/downloads/dataset-table-csv";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { withErrorResponses } from "@/lib/http/error-responses";

export const dynamic = "force-dynamic";

/** GET /api/csv/routes: every route, as the data package's routes.csv. */
export const GET = withErrorResponses(async (request: Request) =>
  conditionalResponse(request, () => csvResponse(csvFilename("routes", {}, new Date()), datasetTableCsv("routes", request.signal))),
);
