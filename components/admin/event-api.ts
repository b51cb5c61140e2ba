import type { AdminEvent, EventFieldErrors, EventFormValues, EventSnapshot } from "@/lib/admin/events/event-input";
import { HttpError } from "@/lib/query/http-error";

// The event form's calls to /api/admin/events, with every answer the handlers give turned into a value the form
// can switch on. Only a network failure or an unexpected status throws.

export type EventWriteOutcome =
  | { kind: "saved"; event: AdminEvent }
  | { kind: "invalid"; message: string; fieldErrors: EventFieldErrors }
  | { kind: "conflict"; message: string; current: EventSnapshot }
  | { kind: "not_found"; message: string }
  | { kind: "signed_out"; message: string };

const signedOutMessage = "Your session has ended: sign in again. Nothing was saved.";

async function send(url: string, method: "POST" | "PUT" | "DELETE", body: unknown): Promise<EventWriteOutcome> {
  const response = await fetch(url, {
    method,
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as {
    event?: AdminEvent;
    message?: string;
    fieldErrors?: EventFieldErrors;
    current?: EventSnapshot;
  } | null;
  const message = json?.message ?? `The server answered ${response.status}.`;
  if (response.ok && json?.event) return { kind: "saved", event: json.event };
  switch (response.status) {
    case 401:
    case 403:
      return { kind: "signed_out", message: signedOutMessage };
    case 404:
      return { kind: "not_found", message };
    case 409:
      if (json?.current) return { kind: "conflict", message, current: json.current };
      break;
    case 422:
      return { kind: "invalid", message, fieldErrors: json?.fieldErrors ?? {} };
  }
  throw new HttpError(response.status, message);
}

export const createEvent = (event: EventFormValues) => send("/api/admin/events", "POST", { event });
export const updateEvent = (id: number, event: EventFormValues, version: number) => send(`/api/admin/events/${id}`, "PUT", { event, version });
export const deleteEvent = (id: number, version: number) => send(`/api/admin/events/${id}`, "DELETE", { version });
