// @ts-check
// Which HTTP methods each address of the app answers, read from the app/ folder when next.config.js loads (at
// build time) and handed to lib/http/http-edge.ts, which answers 405 with `Allow` for the others (issue 10). Plain JavaScript
// because next.config.js imports it before anything is compiled. A new page or route handler is covered by the
// next build without a table to keep up to date; tests/integration/http-methods.test.ts walks the folder itself
// and checks every route against the running server.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The methods a route handler may export (Next.js answers HEAD from GET and OPTIONS by itself). */
export const handlerMethods = /** @type {const} */ (["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * @typedef {{ pattern: string; kind: "page" | "handler" | "file"; allow: string[] }} AppRoute
 * `pattern` is the address with the folder's dynamic segments (`/routes/[slug]`); `allow` is what it answers.
 */

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** The address of a folder under app/: route groups `(name)` leave no segment, private `_folders` are no route. */
/** @param {string} appDir @param {string} dir @returns {string | null} */
function addressOf(appDir, dir) {
  const segments = path
    .relative(appDir, dir)
    .split(path.sep)
    .filter((segment) => segment !== "");
  if (segments.some((segment) => segment.startsWith("_"))) return null;
  return `/${segments.filter((segment) => !(segment.startsWith("(") && segment.endsWith(")"))).join("/")}`;
}

/** The methods a route handler's source exports (`export const GET =`, `export async function POST`). */
/** @param {string} source */
export function exportedMethods(source) {
  const exported = handlerMethods.filter((method) =>
    new RegExp(`^export\\s+(?:const|let|(?:async\\s+)?function)\\s+${method}\\b`, "m").test(source),
  );
  // What Next.js adds to every route handler by itself.
  /** @type {Set<string>} */
  const allow = new Set([...exported, "OPTIONS"]);
  if (allow.has("GET")) allow.add("HEAD");
  return [...allow].sort();
}

/**
 * Every page, route handler and metadata file (icon.svg and the like) under `appDir`, with the methods it answers,
 * plus the rewrites' sources, which answer as their destinations do.
 * @param {string} appDir
 * @param {{ source: string; destination: string }[]} rewrites
 * @returns {AppRoute[]}
 */
export function readAppRouteTable(appDir, rewrites = []) {
  /** @type {AppRoute[]} */
  const routes = [];
  for (const file of filesUnder(appDir)) {
    const name = path.basename(file);
    const address = addressOf(appDir, path.dirname(file));
    if (address === null) continue;
    if (/^page\.(?:tsx|ts|jsx|js|mdx)$/.test(name)) routes.push({ pattern: address, kind: "page", allow: ["GET", "HEAD"] });
    else if (/^route\.(?:ts|js)$/.test(name))
      routes.push({ pattern: address, kind: "handler", allow: exportedMethods(readFileSync(file, "utf8")) });
    else if (
      /^(?:icon|apple-icon|favicon|opengraph-image|twitter-image)\.\w+$/.test(name) ||
      /^(?:robots|sitemap|manifest)\.\w+$/.test(name)
    ) {
      routes.push({ pattern: `${address === "/" ? "" : address}/${name}`, kind: "file", allow: ["GET", "HEAD"] });
    }
  }
  for (const { source, destination } of rewrites) {
    const target = routes.find((route) => matchesPattern(route.pattern, destination));
    if (target) routes.push({ ...target, pattern: source });
  }
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Whether a concrete path matches a pattern: `[x]` is one segment, `[...x]` one or more, `[[...x]]` any number. */
/** @param {string} pattern @param {string} pathname */
export function matchesPattern(pattern, pathname) {
  const want = pattern.split("/").filter((segment) => segment !== "");
  const have = pathname.split("/").filter((segment) => segment !== "");
  for (let index = 0; index < want.length; index += 1) {
    const segment = /** @type {string} */ (want[index]);
    if (segment.startsWith("[[...")) return true;
    if (segment.startsWith("[...")) return have.length > index;
    if (index >= have.length) return false;
    if (!segment.startsWith("[") && segment !== have[index]) return false;
  }
  return want.length === have.length;
}

/** A pattern's rank when several match: a literal segment wins over a dynamic one, as Next.js routes. */
/** @param {string} pattern */
function dynamicRank(pattern) {
  return pattern
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => (segment.startsWith("[[...") ? "3" : segment.startsWith("[...") ? "2" : segment.startsWith("[") ? "1" : "0"))
    .join("");
}

/**
 * The route a request path reaches, or null when none does (Next.js then answers 404 as usual).
 * @param {AppRoute[]} table
 * @param {string} pathname
 * @returns {AppRoute | null}
 */
export function findAppRoute(table, pathname) {
  const matching = table.filter((route) => matchesPattern(route.pattern, pathname));
  matching.sort((a, b) => dynamicRank(a.pattern).localeCompare(dynamicRank(b.pattern)));
  return matching[0] ?? null;
}

/**
 * The public API: every route handler other than the editors' (/api/admin) and signing in and out (/api/auth),
 * under /api or beside a page (/changes.atom). They send CORS headers (next.config.js) and are described in
 * /api/openapi.json.
 * @param {AppRoute} route
 */
export function isPublicApiHandler(route) {
  return route.kind === "handler" && !/^\/api\/(?:admin|auth)(?:\/|$)/.test(route.pattern);
}

/**
 * A pattern in the form next.config.js's `headers` and OpenAPI's paths write it: `/api/csv/comparison/[measure]`
 * becomes `/api/csv/comparison/:measure` or `/api/csv/comparison/{measure}`.
 * @param {string} pattern @param {"next" | "openapi"} style
 */
export function patternFor(pattern, style) {
  return pattern.replace(/\[([A-Za-z0-9_]+)\]/g, (_, name) => (style === "next" ? `:${name}` : `{${name}}`));
}
