import { datasetTableGet } from "@/lib/data/downloads/dataset-table-response";

export const dynamic = "force-dynamic";

/** GET /api/csv/sources: every cited source and the ids of what relies on it. */
export const GET = datasetTableGet("sources");
