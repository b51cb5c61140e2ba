import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEditor } from "@/lib/auth/demo-editor";
import { signInCookie, startServer, type RunningServer } from "./next-server";

// Text the database cannot store, and numbers beyond its columns, sent to the production server as a client
// would (issue 10): each is a 4xx with the reason, never a 500, and nothing is stored.

describe("hostile input, on the embedded database", () => {
  let server: RunningServer;
  let cookie: string;
  const send = (method: string, path: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { "content-type": "application/json", cookie, origin: server.url },
      body: JSON.stringify(body),
    });
  const figure = (overrides: Record<string, string> = {}) => ({
    metric: "azerbaijan_instc_transit",
    route: "instc-west",
    subject: "Azerbaijan",
    periodStart: "",
    periodEnd: "",
    periodLabel: "",
    value: "1",
    status: "reported",
    sourcePublisher: "Publisher",
    sourceTitle: "Title",
    sourceUrl: "",
    sourceDate: "",
    note: "",
    ...overrides,
  });
  const figureCount = async () =>
    ((await (await fetch(`${server.url}/api/admin/figures?deleted=include`, { headers: { cookie } })).json()) as { total: number }).total;

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: "memory://" });
    cookie = await signInCookie(server, { email: demoEditor.email, password: demoEditor.password });
  }, 120_000);
  afterAll(() => server?.stop());

  it.each([
    ["/routes/%00", "/routes/%00", 404],
    ["/metrics/%00", "/metrics/%00", 404],
    ["a 5,000-character route slug", `/routes/${"a".repeat(5_000)}`, 404],
    ["/api/figures?source=a%00b", "/api/figures?source=a%00b", 400],
    ["/api/csv/figures?source=a%00b", "/api/csv/figures?source=a%00b", 400],
    ["/api/csv/figures/metadata?source=a%00b", "/api/csv/figures/metadata?source=a%00b", 400],
    ["/api/csv/events?route=%00", "/api/csv/events?route=%00", 400],
    ["/api/figures?route=%00", "/api/figures?route=%00", 400],
  ])("answers %s with the status expected", async (_label, path, status) => {
    expect((await fetch(`${server.url}${path}`)).status).toBe(status);
  });

  it.each(["/figures?source=a%00b", "/figures?route=%00", "/sources?page=%00"])("renders %s without a server error", async (path) => {
    expect((await fetch(`${server.url}${path}`)).status).toBeLessThan(500);
  });

  it.each(["q=a%00b", "source=a%00b", "metric=%00", "route=%00"])("answers the admin figure list with ?%s with 400", async (query) => {
    expect((await fetch(`${server.url}/api/admin/figures?${query}`, { headers: { cookie } })).status).toBe(400);
  });

  it.each(["routes", "metrics", "events"])("answers the admin %s list with ?q=a%00b with 400", async (kind) => {
    expect((await fetch(`${server.url}/api/admin/${kind}?q=a%00b`, { headers: { cookie } })).status).toBe(400);
  });

  it("refuses NUL characters in every field of a figure as field errors, and stores nothing", async () => {
    const before = await figureCount();
    for (const field of Object.keys(figure())) {
      const response = await send("POST", "/api/admin/figures", { record: figure({ [field]: "a\u0000b" }) });
      expect(response.status, field).toBe(422);
      expect(((await response.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors[field], field).toBeDefined();
    }
    for (const [kind, record] of [
      ["routes", { slug: "x", name: "N\u0000", kind: "instc", modes: "rail", via: "v", description: "d", position: "1" }],
      ["metrics", { slug: "x", name: "N", unit: "u\u0000", category: "trade", description: "d" }],
      [
        "events",
        {
          date: "2024",
          title: "T\u0000",
          route: "",
          status: "happened",
          sourcePublisher: "p",
          sourceTitle: "t",
          sourceUrl: "",
          sourceDate: "",
          metrics: "",
        },
      ],
    ] as const) {
      expect((await send("POST", `/api/admin/${kind}`, { record })).status, kind).toBe(422);
    }
    expect(await figureCount()).toBe(before);
  });

  it("refuses ids, versions and revision ids beyond the integer columns as field errors or 404s", async () => {
    for (const kind of ["figures", "routes", "metrics", "events"]) {
      const restore = await send("POST", `/api/admin/${kind}/1/restore`, { revisionId: 2_147_483_648, version: 1 });
      expect(restore.status, `${kind} restore`).toBe(422);
      expect(await restore.json()).toMatchObject({ fieldErrors: { revisionId: [expect.any(String)] } });
      expect((await send("DELETE", `/api/admin/${kind}/1`, { version: 2_147_483_648 })).status, `${kind} delete`).toBe(422);
      expect((await send("DELETE", `/api/admin/${kind}/2147483648`, { version: 1 })).status, `${kind} id`).toBe(404);
    }
  });

  it("stores a figure whose source publisher and title are at their limits in 4-byte characters", async () => {
    const response = await send("POST", "/api/admin/figures", {
      record: figure({ sourcePublisher: "😀".repeat(200), sourceTitle: "😀".repeat(375) }),
    });
    expect(response.status).toBe(201);
    const longer = await send("POST", "/api/admin/figures", {
      record: figure({ sourcePublisher: "😀".repeat(200), sourceTitle: "😀".repeat(500) }),
    });
    expect(longer.status).toBe(422);
  });

  it("refuses a source URL of 200 KB with a field error", async () => {
    const response = await send("POST", "/api/admin/figures", { record: figure({ sourceUrl: `http://${".".repeat(200 * 1024)} ` }) });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ fieldErrors: { sourceUrl: ["Source URL must be at most 2,000 characters"] } });
  });
});
