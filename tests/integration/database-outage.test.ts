import { execFile } from "node:child_process";
import { chmod, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand, signInCookie, startServer, type RunningServer } from "./next-server";

// PostgreSQL stopped under the production server, and started again (issue 10). The test owns its cluster, so
// stopping it disturbs no other test. While it is down every API answers a JSON 503 with Retry-After, no CSV
// answers 200 and then breaks off, and once it is back the same server answers again without a restart. Pages
// answer 503 with the error page, except a cached page, which keeps its last good render even when a write
// invalidated it just before the outage.

const exec = promisify(execFile);
const email = "outage@corridor.watch";
const password = "outage editor password, long enough";

async function postgresBin(): Promise<string> {
  const versions = (await readdir("/usr/lib/postgresql")).sort((a, b) => Number(a) - Number(b));
  return `/usr/lib/postgresql/${versions.at(-1)}/bin`;
}

const publicReads = [
  "/api/figures",
  "/api/figures?route=instc-west",
  "/api/csv/figures",
  "/api/csv/figures?metric=transit_time",
  "/api/csv/figures/metadata",
  "/api/csv/comparison/distance",
  "/api/csv/events",
  "/api/csv/sources",
];

describe("a PostgreSQL outage under the production server", () => {
  let dir: string;
  let server: RunningServer;
  let cookie: string;
  const cluster = (action: "stop" | "resume") => exec("bash", ["scripts/test-postgres.sh", action, dir]);
  const send = (method: string, route: string, body?: unknown) =>
    fetch(`${server.url}${route}`, {
      method,
      headers: { "content-type": "application/json", cookie, origin: server.url },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "cw-outage-"));
    // As root the cluster runs as `postgres`, which must be able to reach its folder.
    await chmod(dir, 0o755);
    const { stdout } = await exec("bash", ["scripts/test-postgres.sh", "start", path.join(dir, "pg"), await postgresBin()]);
    dir = path.join(dir, "pg");
    const url = new URL(stdout.trim());
    url.pathname = "/postgres";
    const databaseUrl = url.toString();
    const deployed = await runCommand(["tsx", "--conditions=react-server", "scripts/db-deploy.ts"], { DATABASE_URL: databaseUrl });
    expect(deployed.code, deployed.output).toBe(0);
    const created = await runCommand(
      ["tsx", "--conditions=react-server", "scripts/editor-create.ts", "--email", email, "--name", "Outage"],
      { DATABASE_URL: databaseUrl },
      password,
    );
    expect(created.code, created.output).toBe(0);
    server = await startServer({ DATABASE_URL: databaseUrl, PG_POOL_MAX: "3" });
    cookie = await signInCookie(server, { email, password });
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    await cluster("stop").catch(() => {});
    await rm(path.dirname(dir), { recursive: true, force: true }).catch(() => {});
  });

  it("answers JSON 503s with Retry-After while it is down, never a 500 or a CSV, and recovers without a restart", async () => {
    const before = await send("GET", "/api/admin/figures?pageSize=5");
    expect(before.status).toBe(200);
    const total = ((await before.json()) as { total: number }).total;

    await cluster("stop");
    const statuses: string[] = [];
    const requests: [string, string, unknown?][] = [
      ...publicReads.map((route): [string, string] => ["GET", route]),
      ["GET", "/api/admin/figures"],
      ["GET", "/api/admin/routes"],
      ["GET", "/api/admin/figures/1/history"],
      ["POST", "/api/admin/figures", { record: { metric: "transit_time" } }],
      ["PUT", "/api/admin/routes/1", { record: {}, version: 1 }],
      ["POST", "/api/auth/sign-in", { email, password }],
    ];
    // A bounded load: every request three times over, a few at once.
    for (let round = 0; round < 3; round += 1) {
      await Promise.all(
        requests.map(async ([method, route, body]) => {
          const response = await send(method, route, body);
          statuses.push(`${response.status} ${method} ${route}`);
          expect(response.status, `${method} ${route} while the database is down`).toBe(503);
          expect(response.headers.get("retry-after"), `${method} ${route}`).toBe("5");
          expect(response.headers.get("content-type"), `${method} ${route}`).toContain("application/json");
          expect(await response.json()).toMatchObject({ message: expect.stringContaining("database is unavailable") });
        }),
      );
    }
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    console.log(`outage: ${statuses.length} requests, ${statuses.filter((status) => status.startsWith("500")).length} 500s`);

    await cluster("resume");
    const resumed = Date.now();
    let recovered: Response | null = null;
    for (let attempt = 0; attempt < 60 && recovered?.status !== 200; attempt += 1) {
      recovered = await send("GET", "/api/admin/figures?pageSize=5");
      if (recovered.status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(recovered?.status).toBe(200);
    console.log(`outage: recovered ${((Date.now() - resumed) / 1000).toFixed(1)} s after PostgreSQL was back`);
    // No partial writes: the failed writes stored nothing.
    expect(((await recovered!.json()) as { total: number }).total).toBe(total);
    const csv = await fetch(`${server.url}/api/csv/figures`);
    expect(csv.status).toBe(200);
    expect((await csv.text()).split("\r\n").length).toBeGreaterThan(total);
  }, 180_000);

  it("serves a cached page's last good render through an outage that follows a write, and pages that cannot be shown answer 503", async () => {
    const before = await fetch(`${server.url}/`);
    expect(before.status).toBe(200);
    const overview = await before.text();
    expect(overview).toContain("The North–South corridor in figures");
    const title = `Outage check ${Date.now()}`;
    const created = await send("POST", "/api/admin/events", {
      record: {
        // Dated today: the overview's timeline lists the events around today (lib/dashboard/timeline-window.ts).
        date: new Date().toISOString().slice(0, 10),
        title,
        route: "instc-west",
        status: "happened",
        sourcePublisher: "IRNA",
        sourceTitle: "Outage check",
        sourceUrl: "",
        sourceDate: "",
        metrics: "",
      },
    });
    expect(created.status, await created.clone().text()).toBe(201);

    await cluster("stop");
    // The write invalidated "/", and its new render cannot be made: the last good one is served, saying so.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const stale = await fetch(`${server.url}/`);
      expect(stale.status, `request ${attempt + 1} for / while the database is down`).toBe(200);
      expect(stale.headers.get("x-served-stale")).toContain("database is unavailable");
      const text = await stale.text();
      expect(text).toContain("The North–South corridor in figures");
      expect(text).not.toContain(title);
    }
    // A page with no render to fall back on sends Next's error document as a 503 (the browser then shows
    // app/error.tsx with its retry, as before; only the status changed).
    for (const route of ["/routes/middle-corridor", "/metrics/transit_time"]) {
      const failed = await fetch(`${server.url}${route}`);
      expect(failed.status, `${route} while the database is down`).toBe(503);
      expect(failed.headers.get("retry-after"), route).toBe("5");
      expect(await failed.text(), route).toContain('id="__next_error__"');
    }

    await cluster("resume");
    let fresh = "";
    for (let attempt = 0; attempt < 60 && !fresh.includes(title); attempt += 1) {
      const response = await fetch(`${server.url}/`);
      fresh = response.status === 200 && !response.headers.has("x-served-stale") ? await response.text() : "";
      if (!fresh.includes(title)) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(fresh, "the overview once the database is back").toContain(title);
  }, 180_000);
});
