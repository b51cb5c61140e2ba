import { siteOrigin } from "@/lib/auth/request-guard";
import { streamedDownload } from "@/lib/csv/csv-response";
import { dataPackageChunks } from "@/lib/data/downloads/data-package-chunks";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { withErrorResponses } from "@/lib/http/error-responses";
import { requestReader } from "@/lib/data/request-reader";

export const dynamic = "force-dynamic";

/** GET /api/data-package.zip: the whole dataset as a Frictionless data package (CSVs, datapackage.json, README, licence), streamed. */
export const GET = withErrorResponses(async (request: Request) => {
  const at = await requestReader(new URL(request.url).searchParams);
  if (!at.ok) return at.response;
  const { db } = at;
  return conditionalResponse(db, request, () =>
    streamedDownload(
      `corridor-watch-data-package-${new Date().toISOString().slice(0, 10)}.zip`,
      "application/zip",
      dataPackageChunks(db, siteOrigin(request) ?? new URL(request.url).origin, request.signal),
    ),
  );
});
