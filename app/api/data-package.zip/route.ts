import { siteOrigin } from "@/lib/auth/request-guard";
import { streamedDownload } from "@/lib/csv/csv-response";
import { dataPackageChunks } from "@/lib/data/downloads/data-package-chunks";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { withErrorResponses } from "@/lib/http/error-responses";

export const dynamic = "force-dynamic";

/** GET /api/data-package.zip: the whole dataset as a Frictionless data package (CSVs, datapackage.json, README, licence), streamed. */
export const GET = withErrorResponses(async (request: Request) =>
  conditionalResponse(request, () =>
    streamedDownload(
      `corridor-watch-data-package-${new Date().toISOString().slice(0, 10)}.zip`,
      "application/zip",
      dataPackageChunks(siteOrigin(request) ?? new URL(request.url).origin, request.signal),
    ),
  ),
);
