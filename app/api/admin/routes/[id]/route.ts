import { routeRecords } from "@/lib/admin/routes/route-records";
import { itemHandlers } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

const handlers = itemHandlers(routeRecords);

/** PUT /api/admin/routes/<id> {record, version}: saves only if the route is still at `version` (else 409). */
export const PUT = handlers.PUT;
/** DELETE /api/admin/routes/<id> {version}: deletes it (its history keeps it) if still at `version`. */
export const DELETE = handlers.DELETE;
