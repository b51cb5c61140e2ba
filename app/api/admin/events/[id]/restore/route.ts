import { eventRecords } from "@/lib/admin/events/event-records";
import { restoreHandler } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

/** POST /api/admin/events/<id>/restore {revisionId, version}: back to a revision's state, as a new revision. */
export const POST = restoreHandler(eventRecords);
