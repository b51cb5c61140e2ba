import { eventFieldErrorsOf, EventVersionSchema, UpdateEventSchema } from "@/lib/admin/events/event-input";
import { eventNotFound, eventWriteResponse } from "@/lib/admin/events/event-write-response";
import { deleteEvent, updateEvent } from "@/lib/admin/events/event-writes";
import { invalidBody, parseId } from "@/lib/admin/figures/write-response";
import { editorOnly } from "@/lib/auth/request-guard";
import { getDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** PUT /api/admin/events/<id> {event, version}: saves only if the event is still at `version` (else 409). */
export const PUT = editorOnly(async (request, { params }: Context) => {
  const id = parseId((await params).id);
  if (id === null) return eventNotFound();
  const parsed = UpdateEventSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return invalidBody(eventFieldErrorsOf(parsed.error));
  return eventWriteResponse(await updateEvent(await getDatabase(), id, parsed.data.version, parsed.data.event));
});

/** DELETE /api/admin/events/<id> {version}: deletes the event for good, only if it is still at `version` (else 409). */
export const DELETE = editorOnly(async (request, { params }: Context) => {
  const id = parseId((await params).id);
  if (id === null) return eventNotFound();
  const parsed = EventVersionSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return invalidBody({ version: parsed.error.issues.map((issue) => issue.message) });
  return eventWriteResponse(await deleteEvent(await getDatabase(), id, parsed.data.version));
});
