import { datasetTableGet } from "@/lib/data/downloads/dataset-table-response";

export const dynamic = "force-dynamic";

/** GET /api/csv/metrics: every metric, as the data package's metrics.csv. */
export const GET = datasetTableGet("metrics");
