import { eventRecords } from "@/lib/admin/events/event-records";
import { itemHandlers } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

const handlers = itemHandlers(eventRecords);

/** PUT /api/admin/events/<id> {record, version}: saves only if the event is still at `version` (else 409). */
export const PUT = handlers.PUT;
/** DELETE /api/admin/events/<id> {version}: deletes it (its history keeps it) if still at `version`. */
export const DELETE = handlers.DELETE;
