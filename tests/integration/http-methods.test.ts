import { request as httpRequest } from "node:http";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "./next-server";

// Every address of the app answers the methods it has and refuses the others with 405 and `Allow` (issue 10),
// never a 500, a page rendered for a POST, or Next's bare 405. The addresses are found on disk here, so a new page
// or route handler is covered without touching this test; what a route handler supports is read from its exports
// and checked against what Next.js itself answers to OPTIONS.

const appDir = path.resolve("app");
const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"] as const;

type Address = { path: string; kind: "page" | "handler" | "file"; supported: string[] };

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/** A concrete path for a folder under app/: groups dropped, each dynamic segment given a value. */
function concretePath(dir: string): string | null {
  const segments = path.relative(appDir, dir).split(path.sep).filter(Boolean);
  if (segments.some((segment) => segment.startsWith("_"))) return null;
  return `/${segments
    .filter((segment) => !/^\(.+\)$/.test(segment))
    .map((segment) => (segment.startsWith("[") ? "1" : segment))
    .join("/")}`;
}

async function addresses(): Promise<Address[]> {
  // The rewrites in next.config.js add two addresses of their own.
  const found: Address[] = [
    { path: "/", kind: "page", supported: ["GET", "HEAD"] },
    { path: "/favicon.ico", kind: "file", supported: ["GET", "HEAD"] },
  ];
  for await (const file of files(appDir)) {
    const at = concretePath(path.dirname(file));
    const name = path.basename(file);
    if (at === null) continue;
    if (/^page\.tsx?$/.test(name)) found.push({ path: at, kind: "page", supported: ["GET", "HEAD"] });
    else if (/^icon\.\w+$/.test(name)) found.push({ path: `${at === "/" ? "" : at}/${name}`, kind: "file", supported: ["GET", "HEAD"] });
    else if (/^route\.ts$/.test(name)) {
      const source = await readFile(file, "utf8");
      const exported = methods.filter((method) =>
        new RegExp(`^export\\s+(const|async function|function)\\s+${method}\\b`, "m").test(source),
      );
      const supported = new Set<string>([...exported, "OPTIONS"]);
      if (supported.has("GET")) supported.add("HEAD");
      found.push({ path: at, kind: "handler", supported: [...supported] });
    }
  }
  return found;
}

type Answer = { status: number; allow: string | undefined; contentType: string | undefined; body: string };

/** node:http rather than fetch, which refuses to send TRACE at all. */
function send(url: string, method: string): Promise<Answer> {
  // A JSON body where a method may carry one, with its length (Node sends DELETE's body unframed otherwise).
  const body = ["POST", "PUT", "PATCH", "DELETE"].includes(method) ? "{}" : undefined;
  const headers: Record<string, string> =
    body === undefined ? {} : { "content-type": "application/json", "content-length": String(body.length) };
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method, headers }, (incoming) => {
      let body = "";
      incoming.setEncoding("utf8");
      incoming.on("data", (chunk: string) => (body += chunk));
      incoming.on("end", () =>
        resolve({ status: incoming.statusCode ?? 0, allow: incoming.headers.allow, contentType: incoming.headers["content-type"], body }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

const sorted = (list: string | string[] | undefined) => (typeof list === "string" ? list.split(/,\s*/) : (list ?? [])).toSorted();

describe("HTTP methods on every address", () => {
  let server: RunningServer;
  let found: Address[];

  beforeAll(async () => {
    found = await addresses();
    server = await startServer({ DATA_DIR: "memory://" });
  }, 120_000);
  afterAll(() => server?.stop());

  it("were found on disk: pages, route handlers and the icon", () => {
    const paths = found.map((address) => `${address.kind} ${address.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "page /",
        "page /figures",
        "page /routes/1",
        "page /admin/figures/1/history",
        "handler /api/health",
        "handler /api/admin/figures/1",
        "file /icon.svg",
      ]),
    );
    expect(found.filter((address) => address.kind === "handler").length).toBeGreaterThan(25);
  });

  it("refuses every method an address lacks with 405 and Allow (JSON under /api), TRACE included", async () => {
    let refused = 0;
    for (const address of found) {
      const allow = sorted(address.supported);
      for (const method of methods.filter((candidate) => !address.supported.includes(candidate))) {
        const answer = await send(`${server.url}${address.path}`, method);
        const what = `${method} ${address.path}`;
        expect(answer.status, what).toBe(405);
        expect(sorted(answer.allow), `Allow of ${what}`).toEqual(allow);
        if (address.kind === "handler" && method !== "HEAD") {
          expect(answer.contentType, what).toContain("application/json");
          expect(JSON.parse(answer.body), what).toMatchObject({ message: expect.stringContaining("not allowed") });
        }
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(200);
  }, 120_000);

  it("answers every method an address has (no 405, no 5xx), and Next.js agrees on a route handler's methods", async () => {
    for (const address of found) {
      for (const method of address.supported) {
        const answer = await send(`${server.url}${address.path}`, method);
        const what = `${method} ${address.path}`;
        expect(answer.status, what).not.toBe(405);
        expect(answer.status, what).toBeLessThan(500);
        if (address.kind === "handler" && method === "OPTIONS")
          expect(sorted(answer.allow), `Next's own Allow for ${address.path}`).toEqual(sorted(address.supported));
      }
    }
  }, 120_000);
});
