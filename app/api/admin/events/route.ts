import { eventRecords } from "@/lib/admin/events/event-records";
import { collectionHandlers } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

const handlers = collectionHandlers(eventRecords);

/** GET /api/admin/events?q=&sort=&dir=&page=&pageSize=&deleted=…: a page of events, for editors. */
export const GET = handlers.GET;
/** POST /api/admin/events {record}: creates a event. */
export const POST = handlers.POST;
