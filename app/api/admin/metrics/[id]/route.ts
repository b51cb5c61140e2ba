import { metricRecords } from "@/lib/admin/metrics/metric-records";
import { itemHandlers } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

const handlers = itemHandlers(metricRecords);

/** PUT /api/admin/metrics/<id> {record, version}: saves only if the metric is still at `version` (else 409). */
export const PUT = handlers.PUT;
/** DELETE /api/admin/metrics/<id> {version}: deletes it (its history keeps it) if still at `version`. */
export const DELETE = handlers.DELETE;
