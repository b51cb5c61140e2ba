import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerDatabase } from "./test-databases";
import { isRunning, startNext, type FailedStart, type RunningServer } from "./next-server";

// Start-up behaviour of the production server and the deploy command: bad configuration, an unreachable or
// un-migrated database each stop them with exactly one line and a non-zero exit; a lost database makes the
// health route answer 503.

const run = promisify(execFile);

async function deploy(databaseUrl: string) {
  return run("npx", ["tsx", "--conditions=react-server", "scripts/db-deploy.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

function expectOneLineFailure(result: RunningServer | FailedStart, pattern: RegExp) {
  expect(isRunning(result), "the server should have refused to start").toBe(false);
  const failed = result as FailedStart;
  expect(failed.exitCode).toBe(1);
  const lines = failed.stderr.split("\n").filter((line) => line.trim() !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe("the production server at start-up", () => {
  it("refuses a malformed DATABASE_URL with one line naming it", async () => {
    expectOneLineFailure(
      await startNext({ DATABASE_URL: "mysql://somewhere/db" }),
      /^Corridor Watch cannot start: Invalid configuration: DATABASE_URL must be a URL like postgresql:\/\//,
    );
  });

  it("refuses an unreachable database with one line, without the password", async () => {
    const result = await startNext({ DATABASE_URL: "postgresql://editor:s3cret@127.0.0.1:1/corridor" });
    expectOneLineFailure(result, /^Corridor Watch cannot start: cannot reach PostgreSQL at 127\.0\.0\.1:1\/corridor: server not reachable/);
    expect((result as FailedStart).stderr).not.toContain("s3cret");
  });

  it("refuses to run on PostgreSQL without a SESSION_SECRET, and refuses a short one", async () => {
    const database = await createServerDatabase();
    try {
      expectOneLineFailure(
        await startNext({ DATABASE_URL: database.url, SESSION_SECRET: "" }),
        /^Corridor Watch cannot start: SESSION_SECRET is required with DATABASE_URL/,
      );
      expectOneLineFailure(
        await startNext({ DATABASE_URL: database.url, SESSION_SECRET: "too short" }),
        /^Corridor Watch cannot start: Invalid configuration: SESSION_SECRET must be at least 32 characters$/,
      );
    } finally {
      await database.drop();
    }
  });

  it("refuses to run on PostgreSQL without PUBLIC_ORIGIN, the origin editors' changes must come from", async () => {
    const database = await createServerDatabase();
    try {
      expectOneLineFailure(
        await startNext({ DATABASE_URL: database.url, PUBLIC_ORIGIN: "" }),
        /^Corridor Watch cannot start: PUBLIC_ORIGIN is required with DATABASE_URL/,
      );
    } finally {
      await database.drop();
    }
  });

  it("refuses a database with pending migrations and says how to apply them", async () => {
    const database = await createServerDatabase();
    try {
      expectOneLineFailure(
        await startNext({ DATABASE_URL: database.url }),
        /migration\(s\) pending on PostgreSQL .*run `npm run db:deploy` first/,
      );
    } finally {
      await database.drop();
    }
  });

  describe("on a deployed database", () => {
    let database: Awaited<ReturnType<typeof createServerDatabase>>;
    let server: RunningServer;
    beforeAll(async () => {
      database = await createServerDatabase();
      const deployed = await deploy(database.url);
      expect(deployed.code, deployed.stderr).toBe(0);
      expect(deployed.stdout).toMatch(/applied \d+ migration\(s\)/);
      expect(deployed.stdout).toMatch(
        /7 route\(s\), 90 metric\(s\), 798 figure\(s\), 61 event\(s\), [1-9]\d* link\(s\) of events to metrics, 88 node\(s\) of route paths added/,
      );
      const result = await startNext({ DATABASE_URL: database.url });
      if (!isRunning(result)) throw new Error(`server did not start: ${result.stderr}`);
      server = result;
    });
    afterAll(async () => {
      await server?.stop();
      await database?.drop();
    });

    it("deploying again applies and seeds nothing", async () => {
      const again = await deploy(database.url);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("is up to date: no pending migrations");
      expect(again.stdout).toContain(
        "0 route(s), 0 metric(s), 0 figure(s), 0 event(s), 0 link(s) of events to metrics, 0 node(s) of route paths added; 0 seeded figure(s) corrected",
      );
    });

    it("reports health, then answers 503 once the database is gone", async () => {
      const healthy = await fetch(`${server.url}/api/health`);
      expect(healthy.status).toBe(200);
      const report = await healthy.json();
      expect(report).toMatchObject({ ok: true, database: { kind: "postgres" }, figures: 798 });
      await database.drop();
      const lost = await fetch(`${server.url}/api/health`);
      expect(lost.status).toBe(503);
      const lostReport = await lost.json();
      expect(lostReport).toMatchObject({ ok: false, figures: null });
      // The public never learns where the database is: not its host, port or name.
      const { hostname, port, pathname } = new URL(database.url);
      for (const text of [JSON.stringify(report), JSON.stringify(lostReport)]) {
        for (const secret of [`${hostname}:${port}`, pathname.slice(1)]) expect(text).not.toContain(secret);
      }
    });
  });
});

describe("npm run db:deploy", () => {
  it("fails with one line on a malformed DATABASE_URL and on an unreachable server", async () => {
    for (const [url, message] of [
      ["not a url", /^error: Invalid configuration: DATABASE_URL must be a URL/],
      ["postgresql://u:p@127.0.0.1:1/x", /^error: server not reachable at 127\.0\.0\.1:1$/],
    ] as const) {
      const result = await deploy(url);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr.trim()).toMatch(message);
    }
  });
});
