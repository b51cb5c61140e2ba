import "server-only";
import { revalidatePublicData } from "../../cache/revalidate-public-data";
import type { EventWriteResult } from "./event-writes";

/** Maps an event write's outcome to HTTP: 200/201 with the event, 422 field errors, 409 with the saved values, 404. */
export function eventWriteResponse(result: EventWriteResult, successStatus = 200): Response {
  if (result.ok) {
    revalidatePublicData();
    return Response.json({ event: result.event }, { status: successStatus });
  }
  switch (result.kind) {
    case "invalid":
      return Response.json({ message: "Check the highlighted fields; nothing was saved.", fieldErrors: result.fieldErrors }, { status: 422 });
    case "conflict":
      return Response.json(
        { message: "Another editor saved this event after you opened it. Nothing was saved.", current: result.current },
        { status: 409 },
      );
    case "not_found":
      return eventNotFound();
  }
}

export const eventNotFound = () => Response.json({ message: "This event does not exist or was deleted." }, { status: 404 });
