import "server-only";
import { describeDatabaseError, isDatabaseUnavailable } from "../db/describe-error";

// What a route handler answers when it throws (issue 10): never Next's empty 500. A database that cannot be
// reached is a JSON 503 with Retry-After, which clients and scripts can retry; anything else is a JSON 500. Every
// route handler passes through here: editorOnly and sameOriginOnly wrap the mutating and admin ones, and the public
// GET handlers are wrapped with withErrorResponses itself.

/** Seconds a client should wait before retrying while the database is unavailable. */
export const retryAfterSeconds = 5;

export function errorResponse(error: unknown): Response {
  if (isDatabaseUnavailable(error)) {
    console.error(`Corridor Watch: database unavailable: ${describeDatabaseError(error)}`);
    return Response.json(
      { message: "The database is unavailable at the moment; nothing was changed. Try again shortly." },
      { status: 503, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
    );
  }
  console.error("Corridor Watch: unexpected error in a route handler", error);
  return Response.json(
    { message: "Something went wrong on the server; nothing was changed." },
    { status: 500, headers: { "Cache-Control": "no-store" } },
  );
}

export function withErrorResponses<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
