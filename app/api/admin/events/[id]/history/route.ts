import { eventRecords } from "@/lib/admin/events/event-records";
import { historyHandler } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

/** GET /api/admin/events/<id>/history: its revisions, newest first. */
export const GET = historyHandler(eventRecords);
