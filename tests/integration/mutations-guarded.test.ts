import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEditor } from "@/lib/auth/demo-editor";
import { isRunning, startNext, type RunningServer } from "./next-server";

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
    const started = await startNext({ DATA_DIR: "memory://" });
    if (!isRunning(started)) throw new Error(`server did not start: ${started.stderr}`);
    server = started;
    const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ email: demoEditor.email, password: demoEditor.password }),
    });
    expect(signIn.status).toBe(200);
    cookie = signIn.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
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
      const foreign: Record<string, string>[] = [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, { origin: "null" }];
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
