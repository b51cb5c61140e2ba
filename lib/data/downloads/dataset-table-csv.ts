import "server-only";
import { eventsToCsv, sourcesToCsv } from "../../csv/timeline-and-sources-csv";
import { metricsToCsv, routesToCsv } from "../../csv/routes-and-metrics-csv";
import type { DatasetTableName } from "../../data-package/dataset-tables";
import { getEvents } from "../events/get-events";
import { figuresCsvChunks } from "../figures/figures-csv-chunks";
import { getMetrics } from "../metrics/get-metrics";
import { getRoutes } from "../routes/get-routes";
import { getSources } from "../sources/get-sources";
import type { Reader } from "../reader";

/**
 * A whole table of the dataset as CSV, chunk by chunk. The CSV downloads and the data package both read it, so a
 * file in the package is byte for byte what its URL serves. (A view as of a past moment would be passed here.)
 */
export async function* datasetTableCsv(db: Reader, name: DatasetTableName, signal: AbortSignal): AsyncGenerator<string | Uint8Array> {
  switch (name) {
    case "figures":
      yield* figuresCsvChunks(db, {}, signal);
      return;
    case "events":
      yield eventsToCsv(await getEvents(db));
      return;
    case "sources":
      yield sourcesToCsv(await getSources(db));
      return;
    case "routes":
      yield routesToCsv(await getRoutes(db));
      return;
    case "metrics":
      yield metricsToCsv(await getMetrics(db));
      return;
  }
}
