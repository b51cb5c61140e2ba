import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand, sessionCookieOf, startServer, type RunningServer } from "./next-server";
import { createServerDatabase } from "./test-databases";

// A session is only as good as the account behind it: resetting an editor's password (npm run editor:create on
// an existing email) ends every session signed in before, and so does removing the account. Proven against the
// production server on a real PostgreSQL database, through the commands an administrator would use.

const email = "session-test@corridor.watch";

describe("a session after its editor's account changes", () => {
  let database: Awaited<ReturnType<typeof createServerDatabase>>;
  let server: RunningServer;
  const setPassword = async (password: string) => {
    const result = await runCommand(
      ["tsx", "--conditions=react-server", "scripts/editor-create.ts", "--email", email, "--name", "Session Test"],
      { DATABASE_URL: database.url },
      password,
    );
    expect(result.code, result.output).toBe(0);
  };
  const signIn = (password: string) =>
    fetch(`${server.url}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ email, password }),
    });
  const adminStatus = async (cookie: string) => (await fetch(`${server.url}/api/admin/routes`, { headers: { cookie } })).status;

  beforeAll(async () => {
    database = await createServerDatabase();
    const deployed = await runCommand(["tsx", "--conditions=react-server", "scripts/db-deploy.ts"], { DATABASE_URL: database.url });
    expect(deployed.code, deployed.output).toBe(0);
    await setPassword("first password, long enough");
    server = await startServer({ DATABASE_URL: database.url });
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("ends when the password is reset, and the new password signs in", async () => {
    const signedIn = await signIn("first password, long enough");
    expect(signedIn.status).toBe(200);
    const cookie = sessionCookieOf(signedIn);
    expect(await adminStatus(cookie)).toBe(200);

    // Timestamps are kept to the millisecond: make sure the reset is later than the sign-in.
    await new Promise((resolve) => setTimeout(resolve, 10));
    await setPassword("second password, long enough");
    expect(await adminStatus(cookie)).toBe(401);
    expect((await signIn("first password, long enough")).status).toBe(401);

    const again = await signIn("second password, long enough");
    expect(again.status).toBe(200);
    expect(await adminStatus(sessionCookieOf(again))).toBe(200);
  });

  it("ends when the account is removed", async () => {
    const signedIn = await signIn("second password, long enough");
    const cookie = sessionCookieOf(signedIn);
    expect(await adminStatus(cookie)).toBe(200);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query("DELETE FROM editors WHERE email = $1", [email]);
    } finally {
      await client.end();
    }
    expect(await adminStatus(cookie)).toBe(401);
  });
});
