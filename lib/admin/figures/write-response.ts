import "server-only";
import { invalidateWrite } from "../../cache/invalidate-for";
import type { WriteResult } from "./figure-writes";

/** Maps a write's outcome to HTTP: 200 with the figure, 422 field errors, 409 conflict with the saved values, 404. */
export async function writeResponse(result: WriteResult, successStatus = 200): Promise<Response> {
  if (result.ok) {
    await invalidateWrite({ kind: "figure", id: result.figure.id, version: result.figure.version });
    return Response.json({ figure: result.figure }, { status: successStatus });
  }
  switch (result.kind) {
    case "invalid":
      return Response.json({ message: "Check the highlighted fields; nothing was saved.", fieldErrors: result.fieldErrors }, { status: 422 });
    case "conflict":
      return Response.json(
        { message: "Another editor saved this figure after you opened it. Nothing was saved.", current: result.current },
        { status: 409 },
      );
    case "not_found":
      return Response.json({ message: "This figure does not exist or was deleted." }, { status: 404 });
  }
}

export function invalidBody(fieldErrors: Record<string, string[] | undefined>, message = "Check the highlighted fields; nothing was saved.") {
  return Response.json({ message, fieldErrors }, { status: 422 });
}

/** A row id from a URL: a positive 32-bit integer (the ids' column type), else null (a 404, never a 500). */
export function parseId(text: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= 2_147_483_647 ? id : null;
}
