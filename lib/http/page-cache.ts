import "server-only";
import type http from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip, type BrotliOptions } from "node:zlib";
import { recordingPageRender, type PageRender } from "../cache/page-render-scope";
import { isCurrent, sharedShelf, type Shelf } from "../cache/shared-shelf.mjs";
import type { AppRoute } from "./app-route-table.mjs";

// The rendered-page cache (issue 16): the overview, route and metric pages kept as the HTML they rendered to, on the
// data cache's shelf (memory, or Redis shared by every instance) and under the tags of the cached reads they were
// rendered from (lib/cache/page-render-scope.ts), so a write that invalidates a read invalidates the pages showing
// it too, everywhere. Without it each request rendered ~1 MB of HTML from cached data (≈100 ms of CPU at a million
// figures).
//
// Why here and not Next.js's own full-route cache: every page carries a fresh CSP script nonce (lib/http/http-edge.ts),
// which Next.js can only give a page rendered per request. A stored page keeps the nonce it was rendered with, and
// each response gets its own in its place: the nonce is 16 random bytes, so its text occurs nowhere else.
//
// Stored: only a plain GET of the address (no query, which also keeps the key space to the site's own pages), not a
// client navigation's RSC request, answered 200 without a cookie set or a stale read, by a render that reached the
// database only through cached reads. To store what Next.js rendered, it is asked for the page uncompressed, and
// the edge gzips it for the client as it streams.

const cachedPages = new Set(["/", "/routes/[slug]", "/metrics/[slug]"]);
/** As long as the reads it is made of live (lib/cache/cached-read.ts `revalidate`), and so across midnight. */
const pageLifetimeMs = 300_000;
const waitForRenderMs = 5_000;
/**
 * Pages go out compressed by the edge, not by Next.js: Brotli where the client takes it, at quality 4 (for the
 * overview's 850 KB at a million figures, 4 ms and 68 KB, where gzip's default level takes 6 ms for 97 KB), else
 * gzip. Next.js compressed a streamed page chunk by chunk at gzip's default level, a quarter of an uncached
 * overview's time.
 */
export type PageEncoding = "br" | "gzip" | null;
const brotli: BrotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };
const compressWhole = {
  br: promisify((input: Buffer, done: (error: Error | null, result: Buffer) => void) => brotliCompress(input, brotli, done)),
  gzip: promisify(gzip),
};

type StoredPage = { html: string; nonce: string; headers: [string, string][] };
// Headers each response sets for itself, or that describe one response's bytes.
const perResponseHeaders = new Set([
  "content-security-policy",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "x-page-cache",
]);
// Renders under way in this process, by key: a request arriving meanwhile waits for it rather than render the same page.
const rendering = new Map<string, Promise<void>>();

/** The key a request's page is stored under, or null when it is not one to store. */
export function pageCacheKey(request: http.IncomingMessage, route: AppRoute | null): string | null {
  if (request.method !== "GET" || !route || !cachedPages.has(route.pattern)) return null;
  const { headers } = request;
  if (headers.rsc !== undefined || headers["next-router-prefetch"] !== undefined || headers["next-router-state-tree"] !== undefined)
    return null;
  const url = new URL(request.url ?? "/", "http://localhost");
  return url.search === "" ? `page:${url.pathname}` : null;
}

/** The coding a page goes out in for an Accept-Encoding header: the one it rates highest, Brotli on a tie. */
export function pageEncoding(header: string | undefined): PageEncoding {
  const named: { br?: number; gzip?: number; "*"?: number } = {};
  for (const part of (header ?? "").split(",")) {
    const [coding = "", ...parameters] = part.split(";").map((piece) => piece.trim().toLowerCase());
    if (coding !== "br" && coding !== "gzip" && coding !== "*") continue;
    const q = parameters.find((parameter) => parameter.startsWith("q="));
    named[coding] = q === undefined ? 1 : Number(q.slice(2)) || 0;
  }
  // "*" stands for the codings the header does not name.
  const br = named.br ?? named["*"] ?? 0;
  const gzipQuality = named.gzip ?? named["*"] ?? 0;
  if (br <= 0 && gzipQuality <= 0) return null;
  return br >= gzipQuality ? "br" : "gzip";
}

/**
 * Answers a page request from the cache, or renders it (`render` hands the request to Next.js) and stores the
 * result. `nonce` is this response's script nonce, already in its Content-Security-Policy header.
 */
export async function answerFromPageCache(
  key: string,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  nonce: string,
  render: () => void,
): Promise<void> {
  const encoding = pageEncoding(request.headers["accept-encoding"]);
  let shelf: Shelf | null = null;
  try {
    shelf = await sharedShelf();
    let stored = shelf && (await freshPage(shelf, key));
    const underWay = rendering.get(key);
    if (shelf && !stored && underWay) {
      await Promise.race([underWay, new Promise((resolve) => setTimeout(resolve, waitForRenderMs))]);
      stored = await freshPage(shelf, key);
    }
    if (stored) return await sendStored(stored, response, nonce, encoding);
  } catch (error) {
    console.error(`page cache: ${key} could not be read from the cache (${String(error)}); rendering it`);
  }
  // Next.js is asked for the page uncompressed, and the edge compresses it (PageEncoding says why).
  delete request.headers["accept-encoding"];
  if (!shelf) {
    teeResponse(response, encoding, null);
    return render();
  }
  renderAndStore(shelf, key, response, nonce, encoding, render);
}

/** Hands the request to Next.js (`render`) and stores the page it renders, if it may be stored. */
function renderAndStore(
  shelf: Shelf,
  key: string,
  response: http.ServerResponse,
  nonce: string,
  encoding: PageEncoding,
  render: () => void,
): void {
  const scope: PageRender = { tags: new Set(), readUncached: false };
  // Dated when the render starts: a write made while it reads invalidates what it stores.
  const startedAt = Date.now();
  let finished: () => void = () => {};
  const underWayNow = new Promise<void>((resolve) => (finished = resolve));
  rendering.set(key, underWayNow);
  const settle = () => {
    if (rendering.get(key) === underWayNow) rendering.delete(key);
    finished();
  };
  // A render that never finishes (the client went away) must not keep others waiting.
  response.once("close", settle);
  response.setHeader("X-Page-Cache", "miss");
  teeResponse(response, encoding, (html) => {
    const page = html === null ? null : storable(response, scope, html, nonce);
    const stored = page ? shelf.write(key, { value: page, lastModified: startedAt, tags: [...scope.tags] }) : Promise.resolve();
    void stored.catch(() => {}).finally(settle);
  });
  recordingPageRender(scope, render);
}

async function freshPage(shelf: Shelf, key: string): Promise<StoredPage | null> {
  const entry = await shelf.read(key);
  if (!entry || Date.now() - entry.lastModified > pageLifetimeMs) return null;
  return (await isCurrent(shelf, entry)) ? (entry.value as StoredPage) : null;
}

async function sendStored(page: StoredPage, response: http.ServerResponse, nonce: string, encoding: PageEncoding): Promise<void> {
  const html = Buffer.from(page.html.replaceAll(page.nonce, nonce));
  const body = encoding ? await compressWhole[encoding](html) : html;
  response.statusCode = 200;
  for (const [name, value] of page.headers) response.setHeader(name, value);
  if (encoding) response.setHeader("Content-Encoding", encoding);
  response.setHeader("Content-Length", String(body.byteLength));
  response.setHeader("X-Page-Cache", "hit");
  response.end(body);
}

/** What to store of a finished render, or null when it must not be. */
function storable(response: http.ServerResponse, scope: PageRender, html: string, nonce: string): StoredPage | null {
  if (response.statusCode !== 200 || scope.readUncached || !html.includes(nonce)) return null;
  if (response.hasHeader("set-cookie") || response.hasHeader("x-served-stale")) return null;
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value === undefined || perResponseHeaders.has(name)) continue;
    headers.push([name, Array.isArray(value) ? value.join(", ") : String(value)]);
  }
  return { html, nonce, headers };
}

type Call = unknown[];

/**
 * Lets Next.js's uncompressed page through to the client, compressed as it streams in `encoding` when there is
 * one, and hands its text to `done` at the end (null when it was not a 200 HTML page, which is passed on
 * untouched); without `done`, nothing is kept.
 */
function teeResponse(response: http.ServerResponse, encoding: PageEncoding, done: ((html: string | null) => void) | null): void {
  const original = { writeHead: response.writeHead, write: response.write, end: response.end };
  const chunks: Buffer[] = [];
  let mode: "pending" | "plain" | "capture" | "compress" = "pending";
  let compressor: ReturnType<typeof createGzip> | ReturnType<typeof createBrotliCompress> | null = null;
  const decide = () => {
    if (mode !== "pending") return;
    const html = String(response.getHeader("content-type") ?? "").startsWith("text/html");
    if (response.statusCode !== 200 || !html || response.headersSent) {
      mode = "plain";
      return;
    }
    response.setHeader("Vary", varyWithEncoding(response.getHeader("vary")));
    if (!encoding) {
      mode = "capture";
      return;
    }
    mode = "compress";
    response.removeHeader("Content-Length");
    response.setHeader("Content-Encoding", encoding);
    const stream = encoding === "br" ? createBrotliCompress(brotli) : createGzip();
    stream.on("data", (chunk: Buffer) => Reflect.apply(original.write, response, [chunk]));
    stream.on("end", () => Reflect.apply(original.end, response, []));
    compressor = stream;
  };
  const bytesOf = (chunk: unknown, encoding: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  const callbackOf = (args: Call) => args.find((arg): arg is () => void => typeof arg === "function");

  response.writeHead = function writeHead(this: http.ServerResponse, ...args: Call) {
    const [status, ...rest] = args;
    if (typeof status === "number") this.statusCode = status;
    // Headers given to writeHead are set first, so the decision below sees them (and may drop Content-Length).
    const given = rest.find((arg) => typeof arg === "object" && arg !== null);
    if (Array.isArray(given)) for (let at = 0; at + 1 < given.length; at += 2) this.setHeader(String(given[at]), given[at + 1] as string);
    else if (given) for (const [name, value] of Object.entries(given)) if (value !== undefined) this.setHeader(name, value as string);
    decide();
    const reason = rest.find((arg) => typeof arg === "string");
    return Reflect.apply(
      original.writeHead,
      this,
      reason === undefined ? [this.statusCode] : [this.statusCode, reason],
    ) as http.ServerResponse;
  } as http.ServerResponse["writeHead"];
  response.write = function write(this: http.ServerResponse, ...args: Call) {
    decide();
    if (mode === "plain") return Reflect.apply(original.write, this, args) as boolean;
    const bytes = bytesOf(args[0], args[1]);
    if (done) chunks.push(bytes);
    if (compressor) {
      compressor.write(bytes);
      // Each chunk Next.js streams (the shell, then each resolved part) reaches the browser as it comes.
      compressor.flush();
    } else Reflect.apply(original.write, this, [bytes]);
    const callback = callbackOf(args);
    if (callback) process.nextTick(callback);
    return true;
  } as http.ServerResponse["write"];
  response.end = function end(this: http.ServerResponse, ...args: Call) {
    decide();
    if (mode === "plain") {
      done?.(null);
      return Reflect.apply(original.end, this, args) as http.ServerResponse;
    }
    const last = args[0] === undefined || typeof args[0] === "function" ? null : bytesOf(args[0], args[1]);
    if (last && done) chunks.push(last);
    if (compressor) {
      if (last) compressor.write(last);
      compressor.end();
    } else Reflect.apply(original.end, this, last ? [last] : []);
    const callback = callbackOf(args);
    if (callback) this.once("finish", callback);
    done?.(Buffer.concat(chunks).toString("utf8"));
    return this;
  } as http.ServerResponse["end"];
}

function varyWithEncoding(vary: unknown): string {
  const names = String(vary ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return names.some((name) => name.toLowerCase() === "accept-encoding" || name === "*")
    ? names.join(", ")
    : [...names, "Accept-Encoding"].join(", ");
}
