import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealData } from "iron-session";
import { demoEditor } from "@/lib/auth/demo-editor";
import { signInCookie, startServer, testSessionSecret, type RunningServer } from "./next-server";

// Every way to change data is a route handler (the project has no server actions; the first test keeps it so).
// This finds them all on disk and proves each refuses an anonymous request and a cross-origin one.

const appDir = path.resolve("app");
const mutatingMethods = ["POST", "PUT", "PATCH", "DELETE"] as const;
/** Handlers that must work without a session, and why. They still refuse other origins. */
const anonymousAllowed: Record<string, string> = {
  "/api/auth/sign-in": "signing in is how a session starts",
  "/api/auth/sign-out": "ending a session needs none",
};

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield full;
  }
}

type Endpoint = { route: string; method: (typeof mutatingMethods)[number] };

/** Handlers that read no body, and why; every other mutating handler must refuse one over its limit. */
const readsNoBody: Record<string, string> = { "/api/auth/sign-out": "signing out needs nothing but the cookie" };
/** The body limit each mutating route must enforce (lib/http/read-request-body.ts, importLimits). */
const bodyLimitOf = (route: string) =>
  route === "/api/auth/sign-in" ? 8 * 1024 : route === "/api/admin/import" ? 50 * 1024 * 1024 : 256 * 1024;

/** A chunked body (no Content-Length) of `bytes`, in 64 KB chunks, that says whether it was read to the end. */
function chunkedBody(bytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  const state = { sent: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const size = Math.min(chunk.byteLength, bytes - sent);
      controller.enqueue(chunk.subarray(0, size));
      sent += size;
      state.sent = sent;
    },
  });
  return { stream, state };
}

/**
 * Sends a chunked body the server will refuse part-way. HTTP/1.1 lets a server answer 413 and close while the
 * client is still writing; the client then sees either the answer or its write failing (EPIPE, ECONNRESET)
 * before it reads the answer, depending on timing. Both mean the server stopped reading; a response, when
 * one arrives, must be the JSON 413.
 */
async function sendRefusedChunked(url: string, init: RequestInit, bytes: number) {
  const { stream, state } = chunkedBody(bytes);
  try {
    const response = await fetch(url, { ...init, body: stream, duplex: "half" } as RequestInit);
    return { status: response.status, json: (await response.json()) as unknown, sent: state.sent };
  } catch (error) {
    const code = ((error as { cause?: { code?: string } }).cause ?? {}).code;
    if (code !== "EPIPE" && code !== "ECONNRESET" && code !== "UND_ERR_SOCKET") throw error;
    return { status: null, json: null, sent: state.sent };
  }
}

/** The server's resident memory in bytes (Linux), to see whether it buffered a body. */
async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) * 1024;
}

async function mutatingEndpoints(): Promise<Endpoint[]> {
  const endpoints: Endpoint[] = [];
  for await (const file of files(appDir)) {
    if (!/[/\\]route\.tsx?$/.test(file)) continue;
    const source = await readFile(file, "utf8");
    const route = `/${path.relative(appDir, path.dirname(file)).split(path.sep).join("/")}`
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\[\.{0,3}[^\]]+\]/g, "1");
    for (const method of mutatingMethods) {
      if (new RegExp(`export\\s+(const|async function|function)\\s+${method}\\b`).test(source)) endpoints.push({ route, method });
    }
  }
  return endpoints.sort((a, b) => `${a.route} ${a.method}`.localeCompare(`${b.route} ${b.method}`));
}

describe("every mutating path", () => {
  let server: RunningServer;
  let cookie: string;
  let endpoints: Endpoint[];

  beforeAll(async () => {
    endpoints = await mutatingEndpoints();
    server = await startServer({ DATA_DIR: "memory://" });
    cookie = await signInCookie(server, { email: demoEditor.email, password: demoEditor.password });
    expect(cookie).toMatch(/^cw_session=/);
  }, 120_000);
  afterAll(() => server?.stop());

  it("is a route handler: there are no server actions to guard separately", async () => {
    for (const dir of ["app", "components", "lib"]) {
      for await (const file of files(path.resolve(dir))) {
        if (file.includes(`${path.sep}generated${path.sep}`)) continue;
        expect(await readFile(file, "utf8"), file).not.toMatch(/^\s*["']use server["']/m);
      }
    }
  });

  it("was found on disk (the enumeration is not empty and includes the admin API)", () => {
    const routes = endpoints.map((endpoint) => `${endpoint.method} ${endpoint.route}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        "POST /api/admin/figures",
        "PUT /api/admin/figures/1",
        "DELETE /api/admin/figures/1",
        "POST /api/admin/routes/1/restore",
        "DELETE /api/admin/metrics/1",
        "POST /api/admin/events",
        "POST /api/auth/sign-in",
      ]),
    );
  });

  it("refuses an anonymous request (401), except signing in and out", async () => {
    for (const { route, method } of endpoints) {
      const response = await fetch(`${server.url}${route}`, {
        method,
        headers: { "content-type": "application/json", origin: server.url },
        body: JSON.stringify({}),
      });
      if (route in anonymousAllowed) expect(response.status, `${method} ${route}`).not.toBe(403);
      else expect(response.status, `${method} ${route} without a session`).toBe(401);
    }
  });

  it("refuses a request from another origin (403), even with a valid session cookie", async () => {
    for (const { route, method } of endpoints) {
      const foreign: Record<string, string>[] = [
        { origin: "https://evil.example" },
        { "sec-fetch-site": "cross-site" },
        { origin: "null" },
      ];
      for (const headers of foreign) {
        const response = await fetch(`${server.url}${route}`, {
          method,
          headers: { "content-type": "application/json", cookie, ...headers },
          body: JSON.stringify({}),
        });
        expect(response.status, `${method} ${route} with ${JSON.stringify(headers)}`).toBe(403);
      }
    }
  });

  it("accepts the same requests from the same origin with a session (they reach validation)", async () => {
    for (const { route, method } of endpoints.filter((endpoint) => !(endpoint.route in anonymousAllowed))) {
      const response = await fetch(`${server.url}${route}`, {
        method,
        headers: { "content-type": "application/json", cookie, origin: server.url },
        body: JSON.stringify({}),
      });
      expect([400, 404, 409, 422], `${method} ${route} signed in`).toContain(response.status);
    }
  });

  it("refuses a body over its limit with a JSON 413, on every mutating route that reads one, and stops reading it", async () => {
    const reading = endpoints.filter((endpoint) => !(endpoint.route in readsNoBody));
    expect(reading.length).toBeGreaterThan(15);
    for (const { route, method } of reading) {
      const limit = bodyLimitOf(route);
      // Declared too large: refused before a byte is read.
      const declared = await fetch(`${server.url}${route}?mode=dry-run`, {
        method,
        headers: { "content-type": "application/json", cookie, origin: server.url },
        body: new Uint8Array(limit + 1),
      });
      expect(declared.status, `${method} ${route} with Content-Length ${limit + 1}`).toBe(413);
      expect(await declared.json()).toMatchObject({ message: expect.stringContaining("larger than") });
      // Chunked, no Content-Length: refused once the limit is passed; the rest is never read.
      const chunked = await sendRefusedChunked(
        `${server.url}${route}?mode=dry-run`,
        { method, headers: { "content-type": "application/json", cookie, origin: server.url } },
        limit + 64 * 1024 * 1024,
      );
      if (chunked.status !== null) {
        expect(chunked.status, `${method} ${route} chunked past ${limit} bytes`).toBe(413);
        expect(chunked.json).toMatchObject({ message: expect.stringContaining("larger than") });
      }
      expect(chunked.sent, `${method} ${route}: bytes the client had to send`).toBeLessThan(limit + 64 * 1024 * 1024);
    }
  }, 180_000);

  it("does not grow by a 300 MB chunked sign-in body", async () => {
    const before = await residentBytes(server.pid);
    const response = await sendRefusedChunked(
      `${server.url}/api/auth/sign-in`,
      { method: "POST", headers: { "content-type": "application/json", origin: server.url } },
      300 * 1024 * 1024,
    );
    if (response.status !== null) expect(response.status).toBe(413);
    expect(response.sent).toBeLessThan(300 * 1024 * 1024);
    expect((await residentBytes(server.pid)) - before).toBeLessThan(64 * 1024 * 1024);
  });

  it("reads a tampered, truncated or foreign session cookie as signed out everywhere (never a 500), and clears it", async () => {
    const seal = cookie.slice("cw_session=".length);
    const foreign = await sealData(
      { editorId: 1, email: demoEditor.email, name: "x", signedInAt: Date.now() },
      { password: "another-deployment-secret-of-32-characters" },
    );
    const wrongShape = await sealData({ editorId: "1; DROP", email: 5, signedInAt: "soon" }, { password: testSessionSecret });
    const broken = {
      "a changed seal prefix": seal.replace(/^Fe26\.2/, "Fe26.3"),
      "a changed expiry field": seal.replace(
        /\*(\d+)\*([^*]*)\*([^*]*)~2$/,
        (_all, expiry: string, b: string, c: string) => `*${Number(expiry) + 1}*${b}*${c}~2`,
      ),
      "an expiry that is not a number": seal.replace(
        /\*(\d+)\*([^*]*)\*([^*]*)~2$/,
        (_all, _expiry: string, b: string, c: string) => `*soon*${b}*${c}~2`,
      ),
      "a truncated seal": seal.slice(0, Math.floor(seal.length / 2)),
      "one character changed": `${seal.slice(0, 40)}${seal[40] === "A" ? "B" : "A"}${seal.slice(41)}`,
      garbage: "not.a*seal*at*all",
      "a seal of another deployment": foreign,
      "a valid seal of the wrong shape": wrongShape,
    };
    for (const [what, value] of Object.entries(broken)) {
      const headers = { "content-type": "application/json", cookie: `cw_session=${value}`, origin: server.url };
      for (const { route, method } of endpoints) {
        const response = await fetch(`${server.url}${route}`, { method, headers, body: JSON.stringify({}) });
        if (route in anonymousAllowed) expect(response.status, `${method} ${route} with ${what}`).toBeLessThan(500);
        else expect(response.status, `${method} ${route} with ${what}`).toBe(401);
      }
      expect((await fetch(`${server.url}/api/admin/figures`, { headers })).status, `GET /api/admin/figures with ${what}`).toBe(401);
      const page = await fetch(`${server.url}/admin/figures`, { headers, redirect: "manual" });
      expect(page.status, `/admin/figures with ${what}`).toBeLessThan(500);
      // Signing in over it works, and replaces it.
      const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
        method: "POST",
        headers,
        body: JSON.stringify({ email: demoEditor.email, password: demoEditor.password }),
      });
      expect(signIn.status, `sign-in with ${what}`).toBe(200);
      // A route handler clears the broken cookie.
      const cleared = await fetch(`${server.url}/api/admin/routes`, { headers });
      expect(cleared.headers.getSetCookie().join("\n"), `cleared with ${what}`).toMatch(/cw_session=;/);
    }
  }, 120_000);

  it("keeps private reads private: the admin lists and histories answer 401 without a session", async () => {
    for (const kind of ["figures", "events", "routes", "metrics"]) {
      expect((await fetch(`${server.url}/api/admin/${kind}`)).status, `GET /api/admin/${kind}`).toBe(401);
      expect((await fetch(`${server.url}/api/admin/${kind}/1/history`)).status, `GET /api/admin/${kind}/1/history`).toBe(401);
    }
  });

  it("sets the session cookie HttpOnly and SameSite=Lax, with an expiry", async () => {
    const response = await fetch(`${server.url}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ email: demoEditor.email, password: demoEditor.password }),
    });
    const [setCookie] = response.headers.getSetCookie();
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Max-Age=\d+/i);
  });
});
