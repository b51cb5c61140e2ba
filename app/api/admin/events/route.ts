import { EventInputSchema, eventFieldErrorsOf } from "@/lib/admin/events/event-input";
import { eventWriteResponse } from "@/lib/admin/events/event-write-response";
import { createEvent, listEventsForAdmin } from "@/lib/admin/events/event-writes";
import { invalidBody } from "@/lib/admin/figures/write-response";
import { editorOnly } from "@/lib/auth/request-guard";
import { getDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

/** GET /api/admin/events: every event, newest first, with its version, for editors. */
export const GET = editorOnly(async () =>
  Response.json({ events: await listEventsForAdmin(await getDatabase()) }, { headers: { "Cache-Control": "no-store" } }),
);

/** POST /api/admin/events {event}: creates an event. */
export const POST = editorOnly(async (request) => {
  const body = (await request.json().catch(() => null)) as { event?: unknown } | null;
  const parsed = EventInputSchema.safeParse(body?.event);
  if (!parsed.success) return invalidBody(eventFieldErrorsOf(parsed.error));
  return eventWriteResponse(await createEvent(await getDatabase(), parsed.data), 201);
});
