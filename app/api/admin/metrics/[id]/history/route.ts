import { metricRecords } from "@/lib/admin/metrics/metric-records";
import { historyHandler } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

/** GET /api/admin/metrics/<id>/history: its revisions, newest first. */
export const GET = historyHandler(metricRecords);
