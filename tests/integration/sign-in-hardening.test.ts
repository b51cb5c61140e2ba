import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimit } from "@/lib/auth/rate-limit";
import { runCommand, sessionCookieOf, startServer, type RunningServer } from "./next-server";
import { createServerDatabase } from "./test-databases";

// Sign-in under attack, against the production server on a real PostgreSQL database (issue 10): parallel
// guesses are counted exactly, a stranger cannot lock the editor out or spoof the editor's address behind a
// proxy, and signing out ends the session on the server.

const email = "guarded@corridor.watch";
const password = "the editor's own password, long enough";

describe("sign-in on PostgreSQL, behind one proxy", () => {
  let database: Awaited<ReturnType<typeof createServerDatabase>>;
  let server: RunningServer;
  const signIn = (body: { email: string; password: string }, forwardedFor: string) =>
    fetch(`${server.url}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url, "x-forwarded-for": forwardedFor },
      body: JSON.stringify(body),
    });
  const adminStatus = async (cookie: string) => (await fetch(`${server.url}/api/admin/routes`, { headers: { cookie } })).status;
  const attempts = async (where: string, values: unknown[]) => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM sign_in_attempts WHERE ${where}`, values)).rows[0]!
        .count;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    database = await createServerDatabase();
    const deployed = await runCommand(["tsx", "--conditions=react-server", "scripts/db-deploy.ts"], { DATABASE_URL: database.url });
    expect(deployed.code, deployed.output).toBe(0);
    const created = await runCommand(
      ["tsx", "--conditions=react-server", "scripts/editor-create.ts", "--email", email, "--name", "Guarded"],
      { DATABASE_URL: database.url },
      password,
    );
    expect(created.code, created.output).toBe(0);
    server = await startServer({ DATABASE_URL: database.url, TRUSTED_PROXIES: "1" });
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it(`evaluates at most ${rateLimit.maxFailures} of 100 parallel wrong guesses from one address`, async () => {
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, guess) => signIn({ email, password: `wrong guess ${guess}` }, "203.0.113.7")),
    );
    const statuses = responses.map((response) => response.status);
    const evaluated = statuses.filter((status) => status === 401).length;
    console.log(`100 parallel wrong guesses: ${evaluated} evaluated, ${statuses.filter((status) => status === 429).length} refused (429)`);
    expect(evaluated).toBe(rateLimit.maxFailures);
    expect(statuses.filter((status) => status === 429)).toHaveLength(100 - rateLimit.maxFailures);
    expect(await attempts("email = $1", [email])).toBe(rateLimit.maxFailures);
    const refused = responses.find((response) => response.status === 429)!;
    expect(await refused.json()).toMatchObject({ message: expect.stringMatching(/^Too many failed sign-in attempts/) });
  });

  it("still signs the editor in from an address of its own, with the right password", async () => {
    // The attacker's address is refused, even with the right password...
    expect((await signIn({ email, password }, "203.0.113.7")).status).toBe(429);
    // ...the editor's is not.
    const editor = await signIn({ email, password }, "198.51.100.20");
    expect(editor.status).toBe(200);
    expect(await adminStatus(sessionCookieOf(editor))).toBe(200);
  });

  it("takes the address the proxy saw, so a forged X-Forwarded-For entry cannot lock the editor's address", async () => {
    // The attacker writes the editor's address first; the proxy appends the attacker's real one.
    for (let guess = 0; guess < rateLimit.maxFailures; guess += 1) {
      await signIn({ email, password: `forged ${guess}` }, `198.51.100.21, 203.0.113.${50 + guess}`);
    }
    expect(await attempts("client_address = $1", ["198.51.100.21"])).toBe(0);
    expect((await signIn({ email, password }, "198.51.100.21")).status).toBe(200);
  });

  it("ends the session on the server at sign-out: a copy of the cookie saved before is refused", async () => {
    const signedIn = await signIn({ email, password }, "198.51.100.20");
    expect(signedIn.status).toBe(200);
    const saved = sessionCookieOf(signedIn);
    expect(await adminStatus(saved)).toBe(200);
    // Timestamps are kept to the millisecond: make sure the sign-out is later than the sign-in.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const signOut = await fetch(`${server.url}/api/auth/sign-out`, { method: "POST", headers: { cookie: saved, origin: server.url } });
    expect(signOut.status).toBe(200);
    expect(signOut.headers.getSetCookie().join("\n")).toMatch(/cw_session=;/);
    expect(await adminStatus(saved)).toBe(401);
    // Signing in again works.
    const again = await signIn({ email, password }, "198.51.100.20");
    expect(await adminStatus(sessionCookieOf(again))).toBe(200);
  });

  it("refuses an email too long for the attempts' index as a field error, not a 500", async () => {
    const response = await signIn({ email: `${"a".repeat(5_000)}@example.org`, password: "x" }, "198.51.100.30");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ fieldErrors: { email: ["Enter an email address"] } });
  });
});
