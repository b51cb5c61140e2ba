import "server-only";
import { getSignedInEditor, type SignedInEditor } from "./session";

// Every mutating route handler goes through `editorOnly` (or, for sign-in itself, `sameOriginOnly`), and the
// test tests/integration/mutations-guarded.test.ts proves each refuses anonymous and cross-origin requests.
// SameSite=Lax cookies already keep other sites' POSTs anonymous; the Origin check is the second lock.

/** Refuses a request a browser sent from another origin (Origin, or Sec-Fetch-Site when Origin is absent). */
export function crossOriginRefusal(request: Request): Response | null {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const fetchSite = request.headers.get("sec-fetch-site");
  let sameOrigin: boolean;
  if (origin !== null) {
    try {
      sameOrigin = origin !== "null" && new URL(origin).host === host;
    } catch {
      sameOrigin = false;
    }
  } else {
    sameOrigin = fetchSite === null || fetchSite === "same-origin" || fetchSite === "none";
  }
  return sameOrigin ? null : Response.json({ error: "Cross-origin request refused" }, { status: 403 });
}

type Handler<Context> = (request: Request, context: Context) => Promise<Response>;

export function sameOriginOnly<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => crossOriginRefusal(request) ?? handler(request, context);
}

/** For handlers that change data: same origin, and a signed-in editor, checked on the server every time. */
export function editorOnly<Context>(handler: (request: Request, context: Context, editor: SignedInEditor) => Promise<Response>): Handler<Context> {
  return async (request, context) => {
    const refusal = crossOriginRefusal(request);
    if (refusal) return refusal;
    const editor = await getSignedInEditor();
    if (!editor) return Response.json({ error: "Sign in as an editor first" }, { status: 401 });
    return handler(request, context, editor);
  };
}

/** The client address as Next.js (or a reverse proxy in front of it) reports it, for rate limiting. */
export function clientAddress(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
