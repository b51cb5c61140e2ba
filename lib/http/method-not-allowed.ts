import { apiErrorResponse } from "./api-error";
import { type AppRoute } from "./app-route-table.mjs";

/**
 * The answer to a method an address does not have: 405 with `Allow` (RFC 9110 §15.5.6); under /api a JSON message
 * in the envelope of every other API error (lib/http/api-error.ts), for a page or file plain text.
 */
export function methodNotAllowed(method: string, route: AppRoute): Response {
  const allow = route.allow.join(", ");
  const message = `${method} is not allowed here; this address answers ${allow}.`;
  const headers = { Allow: allow, "Cache-Control": "no-store" };
  if (route.kind === "handler") return apiErrorResponse(405, message, { headers });
  return new Response(`${message}\n`, { status: 405, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}
