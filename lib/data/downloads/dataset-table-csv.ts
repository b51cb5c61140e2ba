import "server-only";
import { eventsToCsv, sourcesToCsv } from "../../csv/timeline-and-sources-csv";
import { metricsToCsv, routesToCsv } from "../../csv/routes-and-metrics-csv";
import type { DatasetTableName } from "../../data-package/dataset-tables";
import { getEvents } from "../events/get-events";
import { figuresCsvChunks } from "../figures/figures-csv-chunks";
import { getMetrics } from "../metrics/get-metrics";
import { getRoutes } from "../routes/get-routes";
import { getSources } from "../sources/get-sources";

/**
 * A whole table of the dataset as CSV, chunk by chunk. The CSV downloads and the data package both read it, so a
 * file in the package is byte for byte what its URL serves. (A view as of a past moment would be passed here.)
 */
export async function* datasetTableCsv(name: DatasetTableName, signal: AbortSignal): AsyncGenerator<string | Uint8Array> {
  switch (name) {
    case "figures":
      yield* figuresCsvChunks({}, signal);
      return;
    case "events":
      yield eventsToCsv(await getEvents());
      return;
    case "sources":
      yield sourcesToCsv(await getSources());
      return;
    case "routes":
      yield routesToCsv(await getRoutes());
      return;
    case "metrics":
      yield metricsToCsv(await getMetrics());
      return;
  }
}
