import { datasetTableGet } from "@/lib/data/downloads/dataset-table-response";

export const dynamic = "force-dynamic";

/** GET /api/csv/routes: every route, as the data package's routes.csv. */
export const GET = datasetTableGet("routes");
