import "server-only";
import { describeDatabaseError, isDatabaseUnavailable } from "../db/describe-error";
import { ApiError, apiErrorResponse } from "./api-error";

// What a route handler answers when it throws (issue 10): never Next's empty 500. A database that cannot be
// reached is a JSON 503 with Retry-After, which clients and scripts can retry; anything else is a JSON 500. Every
// route handler passes through here: editorOnly and sameOriginOnly wrap the mutating and admin ones, and the public
// GET handlers are wrapped with withErrorResponses itself.

/** Seconds a client should wait before retrying while the database is unavailable. */
export const retryAfterSeconds = 5;

/** The answer to what a handler threw: an ApiError's own answer, a 503 for an unreachable database, else a 500. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) return error.response();
  if (isDatabaseUnavailable(error)) {
    console.error(`Corridor Watch: database unavailable: ${describeDatabaseError(error)}`);
    return apiErrorResponse(503, "The database is unavailable at the moment; nothing was changed. Try again shortly.", {
      headers: { "Retry-After": String(retryAfterSeconds) },
    });
  }
  console.error("Corridor Watch: unexpected error in a route handler", error);
  return apiErrorResponse(500, "Something went wrong on the server; nothing was changed.");
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
