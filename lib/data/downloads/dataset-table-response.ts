import "server-only";
import { csvFilename, csvResponse } from "../../csv/csv-response";
import type { DatasetTableName } from "../../data-package/dataset-tables";
import { conditionalResponse } from "../../http/conditional-response";
import { withErrorResponses } from "../../http/error-responses";
import { requestReader } from "../request-reader";
import { datasetTableCsv } from "./dataset-table-csv";

/** GET of a whole table of the dataset as CSV (`/api/csv/<table>`), now or as of `asOf`: the data package's file. */
export function datasetTableGet(name: Exclude<DatasetTableName, "figures" | "events">) {
  return withErrorResponses(async (request: Request) => {
    const at = await requestReader(new URL(request.url).searchParams);
    if (!at.ok) return at.response;
    const { db } = at;
    return conditionalResponse(db, request, () =>
      csvResponse(csvFilename(name, {}, new Date()), datasetTableCsv(db, name, request.signal)),
    );
  });
}
