import { metricRecords } from "@/lib/admin/metrics/metric-records";
import { restoreHandler } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

/** POST /api/admin/metrics/<id>/restore {revisionId, version}: back to a revision's state, as a new revision. */
export const POST = restoreHandler(metricRecords);
