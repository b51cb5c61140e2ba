import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimit } from "@/lib/auth/rate-limit";
import { startRedis, type RedisServer } from "./redis-server";
import { runCommand, sessionCookieOf, startServer, type RunningServer } from "./next-server";
import { createServerDatabase } from "./test-databases";

// Two `next start` instances behind one public origin, on one PostgreSQL database and one Redis (issue 16), as a
// load balancer would run them: what one caches the other serves, an edit through one is on the other within a
// second, sessions and sign-in limits hold across both, and with Redis gone both keep answering, uncached.

const email = "two-instances@corridor.watch";
const password = "an editor of two instances, long enough";
const publicOrigin = "http://corridor-watch.test";
const route = "/routes/instc-west";

describe("two instances sharing PostgreSQL and Redis", () => {
  let database: Awaited<ReturnType<typeof createServerDatabase>>;
  let redis: RedisServer;
  let a: RunningServer;
  let b: RunningServer;
  const sql = async (text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  const send = (
    server: RunningServer,
    method: string,
    path: string,
    { cookie = "", body, forwardedFor = "198.51.100.1" }: { cookie?: string; body?: unknown; forwardedFor?: string } = {},
  ) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { "content-type": "application/json", origin: publicOrigin, cookie, "x-forwarded-for": forwardedFor },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const page = async (server: RunningServer, path: string) => {
    const response = await fetch(`${server.url}${path}`);
    return { status: response.status, html: await response.text(), headers: response.headers };
  };
  const signIn = async (server: RunningServer, forwardedFor: string, withPassword = password) =>
    send(server, "POST", "/api/auth/sign-in", { body: { email, password: withPassword }, forwardedFor });

  beforeAll(async () => {
    database = await createServerDatabase();
    const deployed = await runCommand(["tsx", "--conditions=react-server", "scripts/db-deploy.ts"], { DATABASE_URL: database.url });
    expect(deployed.code, deployed.output).toBe(0);
    const created = await runCommand(
      ["tsx", "--conditions=react-server", "scripts/editor-create.ts", "--email", email, "--name", "Two"],
      { DATABASE_URL: database.url },
      password,
    );
    expect(created.code, created.output).toBe(0);
    redis = await startRedis();
    const env = { DATABASE_URL: database.url, REDIS_URL: redis.url, PUBLIC_ORIGIN: publicOrigin, TRUSTED_PROXIES: "1", PG_POOL_MAX: "4" };
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
    await database?.drop();
  });

  it("serves on B what A cached, and an edit through A on B within 1 s", async () => {
    const cookie = sessionCookieOf(await signIn(a, "198.51.100.1"));
    const title = `Shared cache check ${Date.now()}`;
    const record = {
      // Dated today: the overview's timeline lists the events around today (lib/dashboard/timeline-window.ts).
      date: new Date().toISOString().slice(0, 10),
      title,
      route: "instc-west",
      status: "happened",
      sourcePublisher: "IRNA",
      sourceTitle: "Check",
      sourceUrl: "",
      sourceDate: "",
      metrics: "",
    };
    const created = await send(a, "POST", "/api/admin/events", { cookie, body: { record } });
    expect(created.status, await created.clone().text()).toBe(201);
    const { id, version } = ((await created.json()) as { record: { id: number; version: number } }).record;

    expect((await page(a, route)).html).toContain(title);
    // Changed behind the app's back: an instance that reads the database would show it; B shows what A cached.
    await sql("UPDATE events SET title = $1 WHERE id = $2", [`${title} (changed in SQL)`, id]);
    const fromCache = await page(b, route);
    expect(fromCache.status).toBe(200);
    expect(fromCache.html).toContain(title);
    expect(fromCache.html).not.toContain("(changed in SQL)");

    const edited = `${title}, edited through A`;
    const saved = await send(a, "PUT", `/api/admin/events/${id}`, { cookie, body: { record: { ...record, title: edited }, version } });
    expect(saved.status, await saved.clone().text()).toBe(200);
    // When B first shows it: the start of the first request whose answer has it (a render of the page itself
    // takes a few hundred milliseconds on a busy two-core machine, and is no part of the propagation).
    const savedAt = Date.now();
    let shownAt: number | null = null;
    while (shownAt === null && Date.now() - savedAt < 5_000) {
      const started = Date.now();
      if ((await page(b, route)).html.includes(edited)) shownAt = started;
    }
    expect(shownAt, "B never showed the edit").not.toBeNull();
    console.log(`two instances: an edit through A was on B for a request started ${shownAt! - savedAt} ms after the save answered`);
    expect(shownAt! - savedAt).toBeLessThan(1_000);
  });

  it("answers on B the page A rendered, stored once for both, each response with a script nonce of its own", async () => {
    const path = "/metrics/transit_time";
    const nonceOf = (headers: Headers) => /'nonce-([^']+)'/.exec(headers.get("content-security-policy") ?? "")?.[1];
    const rendered = await page(a, path);
    const served = await page(b, path);
    expect([rendered.status, served.status]).toEqual([200, 200]);
    expect(served.headers.get("x-page-cache")).toBe("hit");
    const [renderedNonce, servedNonce] = [nonceOf(rendered.headers), nonceOf(served.headers)];
    expect(renderedNonce).toBeTruthy();
    expect(servedNonce).toBeTruthy();
    expect(servedNonce).not.toBe(renderedNonce);
    // Every script carries this response's nonce, and the page is the one A rendered, byte for byte besides it.
    const scriptNonces = new Set([...served.html.matchAll(/nonce="([^"]+)"/g)].map((match) => match[1]));
    expect([...scriptNonces]).toEqual([servedNonce]);
    expect(served.html.replaceAll(servedNonce!, "")).toBe(rendered.html.replaceAll(renderedNonce!, ""));
    // Compressed by the edge in the coding the client rates highest, on a miss and on a hit alike.
    for (const server of [a, b]) {
      const response = await fetch(`${server.url}/routes/suez`, { headers: { "accept-encoding": "br, gzip" } });
      expect(response.headers.get("content-encoding")).toBe("br");
      await response.arrayBuffer();
    }
    const gzipped = await fetch(`${b.url}/routes/suez`, { headers: { "accept-encoding": "gzip" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(await gzipped.text()).toContain("</html>");
    // An address with a query, and a client navigation's RSC request, are rendered every time.
    expect((await page(b, `${path}?asOf=2025-01-01`)).headers.get("x-page-cache")).toBeNull();
    const navigation = await fetch(`${b.url}${path}`, { headers: { rsc: "1" } });
    expect(navigation.headers.get("x-page-cache")).toBeNull();
  });

  it("accepts a session cookie from A on B, and signing out on B ends it on A", async () => {
    const cookie = sessionCookieOf(await signIn(a, "198.51.100.2"));
    expect((await send(b, "GET", "/api/admin/routes", { cookie })).status).toBe(200);
    expect((await send(b, "GET", "/api/admin/routes")).status).toBe(401);
    expect((await send(b, "POST", "/api/auth/sign-out", { cookie })).status).toBeLessThan(400);
    expect((await send(a, "GET", "/api/admin/routes", { cookie })).status).toBe(401);
  });

  it("holds a sign-in lockout made on A on B", async () => {
    const attacker = "203.0.113.9";
    for (let guess = 0; guess < rateLimit.maxFailures; guess += 1) {
      expect((await signIn(guess % 2 === 0 ? a : b, attacker, `wrong guess ${guess}`)).status).toBe(401);
    }
    // Locked on both: the right password from that address is refused by either instance.
    expect((await signIn(b, attacker)).status).toBe(429);
    expect((await signIn(a, attacker)).status).toBe(429);
    // The editor from an address of their own still gets in, on either.
    expect((await signIn(b, "198.51.100.3")).status).toBe(200);
  });

  it("with Redis stopped, both keep answering 200 from the database, and say so in their logs", async () => {
    await redis.stop();
    const [{ id }] = (await sql("SELECT id FROM events WHERE title LIKE 'Shared cache check %' ORDER BY id DESC LIMIT 1")) as [
      { id: number },
    ];
    const uncached = `Read without the cache ${Date.now()}`;
    await sql("UPDATE events SET title = $1 WHERE id = $2", [uncached, id]);
    for (const server of [a, b]) {
      for (const path of ["/", route, "/metrics/transit_time"]) {
        const { status, html } = await page(server, path);
        expect(status, `${path} on ${server.url} with Redis stopped`).toBe(200);
        if (path !== "/metrics/transit_time") expect(html, path).toContain(uncached);
      }
      expect(server.stderr()).toContain("Redis is unreachable");
    }
  });
});
