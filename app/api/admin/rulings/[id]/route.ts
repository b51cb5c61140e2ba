import { rulingRecords } from "@/lib/admin/rulings/ruling-records";
import { itemHandlers } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

const handlers = itemHandlers(rulingRecords);

/** PUT /api/admin/rulings/<id> {record, version}: saves only if the ruling is still at `version` (else 409). */
export const PUT = handlers.PUT;
/** DELETE /api/admin/rulings/<id> {version}: deletes it, clearing the ruling (its history keeps it) if still at `version`. */
export const DELETE = handlers.DELETE;
