import { csvFilename, csvResponse } from "@/lib/csv/csv-response";
import { sourcesToCsv } from "@/lib/csv/timeline-and-sources-csv";
import { getSources } from "@/lib/data/sources/get-sources";
import { withErrorResponses } from "@/lib/http/error-responses";

export const dynamic = "force-dynamic";

/** GET /api/csv/sources: every cited source and the ids of what relies on it. */
export const GET = withErrorResponses(async () => {
  const sources = await getSources();
  return await csvResponse(csvFilename("sources", {}, new Date()), (async function* () { yield sourcesToCsv(sources); })());
});
