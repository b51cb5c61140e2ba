import { NextResponse, type NextRequest } from "next/server";
import { findAppRoute } from "@/lib/http/app-route-table.mjs";
import { appRoutes } from "@/lib/http/app-routes";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";

// Runs before every request but Next's own assets (issue 10). A method the address does not answer gets a 405
// with `Allow` here, once for the whole app: Next.js itself answers a route handler's missing method with a bare
// 405, TRACE with a 500 (its fetch Request refuses the method), and a page any method at all. The table of
// addresses and their methods is read from app/ when the app is built (next.config.js, lib/http/app-route-table.mjs).
// TRACE never gets this far (lib/http/http-edge.ts answers it).
export function proxy(request: NextRequest): NextResponse | Response {
  const route = findAppRoute(appRoutes, request.nextUrl.pathname);
  if (route && !route.allow.includes(request.method)) return methodNotAllowed(request.method, route);
  return NextResponse.next();
}

export const config = {
  // Next's build output and assets answer GET and HEAD by themselves.
  matcher: ["/((?!_next/).*)"],
};
