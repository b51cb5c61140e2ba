import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand, sessionCookieOf, startServer, type RunningServer } from "./next-server";

// A read replica (issue 16): with DATABASE_REPLICA_URL, public reads go to a streaming replica of the primary
// (pg_basebackup -R from a throwaway cluster), writes and the editors' reads to the primary. Proven by pausing the
// replica's replay: a change made on the primary is not on the public pages until the replica replays it. And an
// editor's save waits for the replica before its pages are dropped from the cache, so the next page holds it, even
// with the replica held half a second behind.

const run = promisify(execFile);
const email = "replica@corridor.watch";
const password = "an editor of the replica test, long enough";
const publicOrigin = "http://corridor-watch.test";
const metric = "rasht_astara_land_budget";

/** PostgreSQL's server binaries: npm test finds them and says where (PG_BIN); a missing one fails, never skips. */
function serverBinaries(): string {
  const bin = process.env.PG_BIN;
  if (!bin) throw new Error("PG_BIN is not set: run the integration tests through npm test, which finds PostgreSQL's binaries");
  return bin;
}

describe("public reads from a streaming replica", () => {
  let dir: string;
  let primary: string;
  let replica: string;
  let server: RunningServer;
  const cluster = async (...args: string[]) => (await run("bash", ["scripts/test-postgres.sh", ...args])).stdout.trim();
  const sql = async (url: string, text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  const onDatabase = (url: string) => url.replace(/\/postgres$/, "/cw_replica");
  const publicValue = async (subject: string) => {
    const response = await fetch(`${server.url}/api/figures?metric=${metric}`);
    const body = (await response.json()) as { figures: { subject: string; value: string }[] };
    return body.figures.find((figure) => figure.subject === subject)?.value;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(process.env.TEST_RUN_DIR ?? tmpdir(), "replica-"));
    await chmod(dir, 0o755);
    primary = await cluster("start", path.join(dir, "primary"), serverBinaries());
    await sql(primary, "CREATE DATABASE cw_replica");
    const deployed = await runCommand(["tsx", "--conditions=react-server", "scripts/db-deploy.ts"], { DATABASE_URL: onDatabase(primary) });
    expect(deployed.code, deployed.output).toBe(0);
    const created = await runCommand(
      ["tsx", "--conditions=react-server", "scripts/editor-create.ts", "--email", email, "--name", "Replica"],
      { DATABASE_URL: onDatabase(primary) },
      password,
    );
    expect(created.code, created.output).toBe(0);
    replica = await cluster("replica", path.join(dir, "replica"), path.join(dir, "primary"));
    server = await startServer({
      DATABASE_URL: onDatabase(primary),
      DATABASE_REPLICA_URL: onDatabase(replica),
      PUBLIC_ORIGIN: publicOrigin,
      TRUSTED_PROXIES: "1",
    });
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    if (dir) {
      await cluster("stop", path.join(dir, "replica")).catch(() => {});
      await cluster("stop", path.join(dir, "primary")).catch(() => {});
      await rm(dir, { recursive: true, force: true }).catch(() => {});
    }
  });

  it("reads the public pages from the replica: a change on the primary shows once the replica replays it", async () => {
    expect(await sql(replica, "SELECT pg_is_in_recovery() AS standby")).toEqual([{ standby: true }]);
    const [figure] = await sql(
      onDatabase(primary),
      "SELECT f.id, f.subject, f.value::text AS value FROM figures f JOIN metrics m ON m.id = f.metric_id WHERE m.slug = $1 ORDER BY f.id LIMIT 1",
      [metric],
    );
    const subject = "Replica test: the primary's change";
    await sql(onDatabase(replica), "SELECT pg_wal_replay_pause()");
    try {
      await sql(onDatabase(primary), "UPDATE figures SET subject = $1, value = 4242 WHERE id = $2", [subject, figure.id]);
      expect(await sql(onDatabase(primary), "SELECT subject FROM figures WHERE id = $1", [figure.id])).toEqual([{ subject }]);
      // The replica has not replayed it, and the public answer is the replica's.
      expect(await publicValue(subject)).toBeUndefined();
      expect(await publicValue(figure.subject)).toBe(figure.value);
    } finally {
      await sql(onDatabase(replica), "SELECT pg_wal_replay_resume()");
    }
    const deadline = Date.now() + 10_000;
    while ((await publicValue(subject)) !== "4242" && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await publicValue(subject)).toBe("4242");
  });

  it("holds an editor's save on the pages at once, though the replica applies it half a second late", async () => {
    await sql(replica, "ALTER SYSTEM SET recovery_min_apply_delay = '500ms'");
    await sql(replica, "SELECT pg_reload_conf()");
    try {
      const signedIn = await fetch(`${server.url}/api/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: publicOrigin, "x-forwarded-for": "198.51.100.9" },
        body: JSON.stringify({ email, password }),
      });
      expect(signedIn.status).toBe(200);
      const cookie = sessionCookieOf(signedIn);
      const subject = "Replica test: an editor's save";
      const record = {
        metric,
        route: "",
        subject,
        periodStart: "2024-01-01",
        periodEnd: "2024-12-31",
        periodLabel: "2024",
        value: "77.5",
        status: "reported",
        sourcePublisher: "Replica test",
        sourceTitle: "A figure made by the replica test",
        sourceUrl: "",
        sourceDate: "2024",
        note: "",
        quotedSpeaker: "",
        dataOwner: "",
      };
      // The metric's page is read (and cached) before the save, from the replica.
      expect(await (await fetch(`${server.url}/metrics/${metric}`)).text()).not.toContain(subject);
      const started = Date.now();
      const saved = await fetch(`${server.url}/api/admin/figures`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: publicOrigin, cookie, "x-forwarded-for": "198.51.100.9" },
        body: JSON.stringify({ record }),
      });
      expect(saved.status, await saved.clone().text()).toBe(201);
      // The save waited for the replica to apply it before dropping the cached pages.
      expect(Date.now() - started).toBeGreaterThanOrEqual(400);
      expect(await (await fetch(`${server.url}/metrics/${metric}`)).text()).toContain(subject);
      expect(await publicValue(subject)).toBe("77.5");
    } finally {
      await sql(replica, "ALTER SYSTEM RESET recovery_min_apply_delay");
      await sql(replica, "SELECT pg_reload_conf()");
    }
  });
});
