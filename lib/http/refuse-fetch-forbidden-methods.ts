import "server-only";
import http from "node:http";
import { findAppRoute } from "./app-route-table.mjs";
import { appRoutes } from "./app-routes";
import { methodNotAllowed } from "./method-not-allowed";

/**
 * The methods the Fetch standard forbids in a Request (https://fetch.spec.whatwg.org/#forbidden-method). Next.js
 * builds a Request for the proxy and for every route handler, so such a request never reaches the app: it dies in
 * Next's adapter with a 500 ("'TRACE' HTTP method is unsupported"). Node's HTTP parser accepts TRACE; CONNECT is a
 * separate event that Node closes by itself, and TRACK is refused by the parser with a 400.
 */
const fetchForbiddenMethods = new Set(["CONNECT", "TRACE", "TRACK"]);

/**
 * Answers those methods with the same 405 and `Allow` as proxy.ts gives every other method an address lacks, before
 * Next.js sees them. Node offers no hook in front of a server it did not let us create (`next start` creates it), so
 * this wraps the one place every request enters: the HTTP server's "request" event. Called once at start-up from
 * instrumentation.ts; it touches nothing but requests with those methods.
 */
export function refuseFetchForbiddenMethods(): void {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitRequest(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (request.method && fetchForbiddenMethods.has(request.method)) {
        void answerRefused(request, response);
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
}

async function answerRefused(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
  const route = findAppRoute(appRoutes, pathname);
  // An address the app does not have keeps its 404; the method is refused either way.
  const answer = route
    ? methodNotAllowed(request.method ?? "", route)
    : new Response("Not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const body = Buffer.from(await answer.arrayBuffer());
  response.writeHead(answer.status, { ...Object.fromEntries(answer.headers), "Content-Length": String(body.byteLength) });
  response.end(body);
}
