import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { databaseAnswers } from "../db/database-answers";
import { findAppRoute, type AppRoute } from "./app-route-table.mjs";
import { contentSecurityPolicy } from "./content-security-policy.mjs";
import { appRoutes } from "./app-routes";
import { retryAfterSeconds } from "./error-responses";
import { methodNotAllowed } from "./method-not-allowed";
import { answerFromPageCache, pageCacheKey } from "./page-cache";

// What Next.js cannot be asked to do from inside the app, done where every request enters: the HTTP server's
// "request" event (`next start` creates the server, and Node offers no other hook in front of it). Installed once
// at start-up from instrumentation.ts (issue 10).
//
// 1. A method the address does not answer gets a 405 with `Allow`, once for the whole app: Next.js itself answers a
//    route handler's missing method with a bare 405, a page any method at all, and TRACE with a 500 (it builds a
//    fetch Request, which refuses the methods the Fetch standard forbids). Here, not in a Next.js proxy: a proxy
//    makes Next.js read the whole request body before the route handler runs, which would undo the body limits of
//    lib/http/read-request-body.ts. (CONNECT is a separate event that Node closes itself; its parser refuses TRACK.)
// 2. A page that failed while the database is unavailable: Next.js answers its error page (with its retry) with
//    500 and has no way to choose another status. Its head is held until the database is asked, and goes out as
//    503 with Retry-After when the database does not answer, as the API's do (lib/http/error-responses.ts).
// 3. A page rendered from a cached read served stale during an outage says so in an `X-Served-Stale` header: the
//    data cache (lib/cache/stale-while-error-cache.mjs) knows, but not which response it is for; each page request
//    runs in a scope that holds its response.
// 4. The Content-Security-Policy (lib/http/content-security-policy.mjs) with a fresh script nonce for each page:
//    Next.js reads it from the request's own header (any a client sent is replaced) and marks its scripts with it.
//    An unknown address renders the not-found page, so it is a page here.
// 5. The overview, route and metric pages are answered from the rendered-page cache when it holds them
//    (lib/http/page-cache.ts), each with this response's nonce in place of the one it was rendered with.
const fetchForbiddenMethods = new Set(["CONNECT", "TRACE", "TRACK"]);
const pageResponse = new AsyncLocalStorage<http.ServerResponse>();

/** Marks the page being rendered as served from a stale cache entry, if its head is not sent yet. */
export function markServedStale(): void {
  const response = pageResponse.getStore();
  if (response && !response.headersSent) response.setHeader("X-Served-Stale", "the database is unavailable; this is the last good render");
}

export function installHttpEdge(): void {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitRequest(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
      const route = findAppRoute(appRoutes, pathname);
      const method = request.method ?? "GET";
      const nonce = setContentSecurityPolicy(request, response, pathname, !route || route.kind === "page");
      if ((route && !route.allow.includes(method)) || (!route && fetchForbiddenMethods.has(method))) {
        void refuse(method, route, response);
        return true;
      }
      if (route?.kind === "page") {
        answerOutagesWith503(response);
        const render = () => pageResponse.run(response, () => Reflect.apply(emit, this, [event, ...args]) as boolean);
        const key = nonce === null ? null : pageCacheKey(request, route);
        if (key === null || nonce === null) return render();
        void answerFromPageCache(key, request, response, nonce, render);
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
}

/** Sets the response's policy; returns its script nonce (null for what is not a page). */
function setContentSecurityPolicy(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  pathname: string,
  isPage: boolean,
): string | null {
  const nonce = isPage ? randomBytes(16).toString("base64") : null;
  const policy = contentSecurityPolicy({ pathname, nonce, development: process.env.NODE_ENV === "development" });
  delete request.headers["content-security-policy-report-only"];
  if (isPage) request.headers["content-security-policy"] = policy;
  else delete request.headers["content-security-policy"];
  response.setHeader("Content-Security-Policy", policy);
  return nonce;
}

async function refuse(method: string, route: AppRoute | null, response: http.ServerResponse): Promise<void> {
  // An address the app does not have keeps its 404; the method is refused either way.
  const answer = route
    ? methodNotAllowed(method, route)
    : new Response("Not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const body = Buffer.from(await answer.arrayBuffer());
  response.writeHead(answer.status, { ...Object.fromEntries(answer.headers), "Content-Length": String(body.byteLength) });
  response.end(body);
}

type Call = unknown[];

/**
 * Holds a 500's head and body (an error page, small and complete) while the database is asked. The decision is
 * taken at the first of writeHead, write and end, because Node's write and end send the head themselves.
 */
function answerOutagesWith503(response: http.ServerResponse): void {
  const original = { writeHead: response.writeHead, write: response.write, end: response.end };
  const held: { writeHead: Call | null; writes: Call[]; end: Call | null } = { writeHead: null, writes: [], end: null };
  // The wrappers stay in place once released: compression wraps them in turn, and must keep reaching the socket.
  let holding = false;
  let released = false;
  const release = (status: number) => {
    released = true;
    if (status === 503) response.setHeader("Retry-After", String(retryAfterSeconds));
    if (held.writeHead) Reflect.apply(original.writeHead, response, [status, ...held.writeHead.slice(1)]);
    else response.statusCode = status;
    for (const write of held.writes) Reflect.apply(original.write, response, write);
    if (held.end) Reflect.apply(original.end, response, held.end);
  };
  const hold = () => {
    holding = true;
    void databaseAnswers().then((answers) => release(answers ? 500 : 503));
  };
  const failing = (status: unknown) => !response.headersSent && status === 500;
  response.writeHead = function writeHead(this: http.ServerResponse, ...args: Call) {
    if (released || (!holding && !failing(args[0]))) return Reflect.apply(original.writeHead, this, args) as http.ServerResponse;
    if (!holding) hold();
    held.writeHead = args;
    return this;
  } as http.ServerResponse["writeHead"];
  response.write = function write(this: http.ServerResponse, ...args: Call) {
    if (released || (!holding && !failing(this.statusCode))) return Reflect.apply(original.write, this, args) as boolean;
    if (!holding) hold();
    held.writes.push(args);
    return true;
  } as http.ServerResponse["write"];
  response.end = function end(this: http.ServerResponse, ...args: Call) {
    if (released || (!holding && !failing(this.statusCode))) return Reflect.apply(original.end, this, args) as http.ServerResponse;
    if (!holding) hold();
    held.end = args;
    return this;
  } as http.ServerResponse["end"];
}
