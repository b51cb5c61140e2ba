import "server-only";
import { isIP } from "node:net";
import { getConfig } from "../config";
import { apiErrorResponse } from "../http/api-error";
import { withErrorResponses } from "../http/error-responses";
import { getSignedInEditor, type SignedInEditor } from "./session";

// Every mutating route handler goes through `editorOnly` (or, for sign-in itself, `sameOriginOnly`), and the
// test tests/integration/mutations-guarded.test.ts proves each refuses anonymous and cross-origin requests.
// SameSite=Lax cookies already keep other sites' POSTs anonymous; the Origin check is the second lock.

/**
 * The origin a same-origin request comes from: PUBLIC_ORIGIN when configured (required with DATABASE_URL), else
 * the request's own Host, for the embedded database run on a laptop. Never X-Forwarded-Host, which any client
 * can set.
 */
export function siteOrigin(request: Request): string | null {
  const { publicOrigin } = getConfig();
  if (publicOrigin) return publicOrigin;
  const host = request.headers.get("host");
  return host ? `${new URL(request.url).protocol}//${host}` : null;
}

/** Refuses a request a browser sent from another origin (Origin, or Sec-Fetch-Site when Origin is absent). */
export function crossOriginRefusal(request: Request): Response | null {
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  let sameOrigin: boolean;
  if (origin !== null) {
    const expected = siteOrigin(request);
    sameOrigin = origin !== "null" && expected !== null && sameOriginText(origin, expected);
  } else {
    sameOrigin = fetchSite === null || fetchSite === "same-origin" || fetchSite === "none";
  }
  return sameOrigin ? null : apiErrorResponse(403, "Cross-origin request refused");
}

function sameOriginText(origin: string, expected: string): boolean {
  try {
    const [a, b] = [new URL(origin), new URL(expected)];
    // The scheme is compared only with PUBLIC_ORIGIN: behind a TLS proxy the request itself arrives over http.
    return a.host === b.host && (getConfig().publicOrigin === null || a.protocol === b.protocol);
  } catch {
    return false;
  }
}

type Handler<Context> = (request: Request, context: Context) => Promise<Response>;

export function sameOriginOnly<Context>(handler: Handler<Context>): Handler<Context> {
  return withErrorResponses(async (request: Request, context: Context) => crossOriginRefusal(request) ?? handler(request, context));
}

/** For handlers that change data: same origin, and a signed-in editor, checked on the server every time. */
export function editorOnly<Context>(
  handler: (request: Request, context: Context, editor: SignedInEditor) => Promise<Response>,
): Handler<Context> {
  return withErrorResponses(async (request: Request, context: Context) => {
    const refusal = crossOriginRefusal(request);
    if (refusal) return refusal;
    const editor = await getSignedInEditor();
    if (!editor) return apiErrorResponse(401, "Sign in as an editor first");
    return handler(request, context, editor);
  });
}

/**
 * The client address, for rate limiting. Next.js sets X-Forwarded-For to the socket's address only when a
 * request has none; each reverse proxy in front appends the address it saw. With TRUSTED_PROXIES = n, the
 * entries a client wrote itself are all left of the nth from the right, which is the one taken (the last one
 * when n is 0, a server exposed directly: then a client can still choose its address, and only per-account
 * limiting holds). Anything that is not an IP address counts as one address, "invalid".
 */
export function clientAddress(request: Request, trustedProxies = getConfig().trustedProxies): string {
  const entries = (request.headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim());
  const entry = entries.at(-Math.max(1, trustedProxies)) ?? "";
  return isIP(entry) ? entry : "invalid";
}
