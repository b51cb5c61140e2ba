import type { AdminEvent, EventFieldErrors, EventFormValues, EventSnapshot } from "@/lib/admin/events/event-input";
import { sendWrite, type WriteOutcomeOf } from "./send-write";

// The event form's calls to /api/admin/events (see send-write.ts for how answers become outcomes).

export type EventWriteOutcome = WriteOutcomeOf<"event", AdminEvent, EventSnapshot, EventFieldErrors>;

const send = (url: string, method: "POST" | "PUT" | "DELETE", body: unknown) =>
  sendWrite<"event", AdminEvent, EventSnapshot, EventFieldErrors>("event", url, method, body);

export const createEvent = (event: EventFormValues) => send("/api/admin/events", "POST", { event });
export const updateEvent = (id: number, event: EventFormValues, version: number) => send(`/api/admin/events/${id}`, "PUT", { event, version });
export const deleteEvent = (id: number, version: number) => send(`/api/admin/events/${id}`, "DELETE", { version });
