import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FiguresCsvMetadataSchema, FiguresPageSchema, HealthSchema } from "@/lib/api/response-schemas";
import { toFormValues } from "@/lib/admin/figure-snapshot";
import { demoEditor } from "@/lib/auth/demo-editor";
import type { FigureView } from "@/lib/data/types";
import { datasetTables } from "@/lib/data-package/dataset-tables";
import { isPublicApiHandler, readAppRouteTable } from "@/lib/http/app-route-table.mjs";
import { atomProblems, atomText } from "../support/atom-checks";
import { validateDescriptor, validateTables } from "../support/validate-data-package";
import { runCommand, signInCookie, startServer, type RunningServer } from "./next-server";
import { createServerDatabase, databaseKinds } from "./test-databases";

// The public API as a client on another site sees it, on both databases: CORS on every public handler and on
// none of the editors'; ETag and Last-Modified on every answer from the data, 304 with no body for a current copy,
// and new validators as soon as an editor writes; streamed downloads; the data package valid and made of the very
// CSVs the site serves; the JSON as the OpenAPI document describes it.

const routeTable = readAppRouteTable(path.resolve("app"));
/** A concrete address for each handler: a dynamic segment gets a value it accepts. */
const concrete = (pattern: string) =>
  pattern
    .replace("[measure]", "transit_time")
    .replace("/api/csv/trend/[metric]", "/api/csv/trend/russia_iran_trade_turnover")
    .replace("/api/images/[file]", "/api/images/map.svg")
    .replace("/api/map-outlines/[file]", "/api/map-outlines/1000x714.3.svg")
    .replace(/\[\w+\]/g, "1");
const publicGets = routeTable
  .filter((route) => isPublicApiHandler(route) && route.allow.includes("GET"))
  .map((route) => concrete(route.pattern));
const privateHandlers = routeTable
  .filter((route) => route.kind === "handler" && /^\/api\/(admin|auth)\//.test(route.pattern))
  .map((route) => concrete(route.pattern));
/** Everything public but the health check, which says how things are now and is never cached. */
const validated = publicGets.filter((address) => address !== "/api/health");

const editor = { email: "api-test@corridor.watch", password: "a password for the API test" };

describe.each(databaseKinds)("the public API on the %s database", (kind) => {
  let server: RunningServer;
  let cookie: string;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (kind === "embedded") {
      server = await startServer({ DATA_DIR: "memory://" });
      cookie = await signInCookie(server, demoEditor);
      return;
    }
    const database = await createServerDatabase();
    drop = database.drop;
    const deployed = await runCommand(["tsx", "--conditions=react-server", "scripts/db-deploy.ts"], { DATABASE_URL: database.url });
    expect(deployed.code, deployed.output).toBe(0);
    const created = await runCommand(
      ["tsx", "--conditions=react-server", "scripts/editor-create.ts", "--email", editor.email, "--name", "API Test"],
      { DATABASE_URL: database.url },
      editor.password,
    );
    expect(created.code, created.output).toBe(0);
    server = await startServer({ DATABASE_URL: database.url });
    cookie = await signInCookie(server, editor);
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    await drop?.();
  });

  const get = (address: string, headers: Record<string, string> = {}) => fetch(`${server.url}${address}`, { headers });

  it("lets any origin read every public handler, and no origin the editors' API or sign-in", async () => {
    expect(publicGets.length).toBeGreaterThanOrEqual(12);
    for (const address of publicGets) {
      const response = await get(address, { origin: "https://elsewhere.example" });
      expect(response.status, address).toBe(200);
      expect(response.headers.get("access-control-allow-origin"), address).toBe("*");
      expect(response.headers.get("access-control-expose-headers"), address).toContain("ETag");
      await response.body?.cancel();
    }
    const preflight = await fetch(`${server.url}/api/csv/figures`, {
      method: "OPTIONS",
      headers: {
        origin: "https://elsewhere.example",
        "access-control-request-method": "GET",
        "access-control-request-headers": "if-none-match",
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/If-None-Match/i);
    expect(privateHandlers.length).toBeGreaterThan(10);
    for (const address of privateHandlers) {
      for (const method of ["GET", "OPTIONS", "POST"]) {
        const response = await fetch(`${server.url}${address}`, { method, headers: { origin: "https://elsewhere.example" } });
        expect(response.headers.get("access-control-allow-origin"), `${method} ${address}`).toBeNull();
        await response.body?.cancel();
      }
    }
  });

  it("answers a current copy with 304 and no body, by ETag or by date, and a stale one in full", async () => {
    for (const address of validated) {
      const first = await get(address);
      await first.arrayBuffer();
      const etag = first.headers.get("etag");
      const lastModified = first.headers.get("last-modified");
      expect(etag, address).toMatch(/^W\/"[^"]+"$/);
      expect(Date.parse(lastModified ?? ""), address).not.toBeNaN();
      expect(first.headers.get("cache-control"), address).toBe("no-cache");
      const byTag = await get(address, { "if-none-match": etag! });
      expect(byTag.status, address).toBe(304);
      expect(await byTag.text(), address).toBe("");
      expect(byTag.headers.get("etag"), address).toBe(etag);
      const byDate = await get(address, { "if-modified-since": lastModified! });
      expect(byDate.status, address).toBe(304);
      await byDate.body?.cancel();
      const stale = await get(address, { "if-none-match": 'W/"0-2000-01-01-0"' });
      expect(stale.status, address).toBe(200);
      expect((await stale.arrayBuffer()).byteLength, address).toBeGreaterThan(0);
    }
    const health = await get("/api/health");
    expect(health.headers.get("etag")).toBeNull();
    expect(health.headers.get("cache-control")).toBe("no-store");
    // A refused query is never confirmed as current.
    const refused = await get("/api/csv/figures?route=nowhere", { "if-none-match": "*" });
    expect(refused.status).toBe(400);
    expect(refused.headers.get("etag")).toBeNull();
  });

  it("gives new validators as soon as an editor saves, so a cached copy is sent again with the change", async () => {
    const addresses = ["/api/csv/figures", "/api/figures?q=Validator", "/api/data-package.zip", "/api/csv/metrics"];
    const before = new Map<string, string>();
    for (const address of addresses) {
      const response = await get(address);
      await response.arrayBuffer();
      before.set(address, response.headers.get("etag")!);
    }
    const created = await fetch(`${server.url}/api/admin/figures`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: server.url },
      body: JSON.stringify({
        record: {
          metric: "azerbaijan_instc_transit",
          route: "instc-west",
          subject: "Validator test",
          periodStart: "",
          periodEnd: "",
          periodLabel: "",
          value: "12.5",
          status: "reported",
          sourcePublisher: "Validator Publisher",
          sourceTitle: "Validator title",
          sourceUrl: "",
          sourceDate: "",
          note: "",
        },
      }),
    });
    expect(created.status, await created.clone().text()).toBeLessThan(300);
    for (const address of addresses) {
      const again = await get(address, { "if-none-match": before.get(address)! });
      expect(again.status, address).toBe(200);
      expect(again.headers.get("etag"), address).not.toBe(before.get(address));
      const body = Buffer.from(await again.arrayBuffer());
      if (address.startsWith("/api/csv/figures") || address.startsWith("/api/figures"))
        expect(body.toString("utf8"), address).toContain("Validator test");
      if (address === "/api/data-package.zip") expect(strFromU8(unzipSync(body)["figures.csv"]!)).toContain("Validator test");
    }
  });

  it("lists an editor's changes on /changes and in a valid Atom feed, by display name, without the seeded baseline", async () => {
    const write = (address: string, method: string, body: unknown) =>
      fetch(`${server.url}${address}`, {
        method,
        headers: { "content-type": "application/json", cookie, origin: server.url },
        body: JSON.stringify(body),
      });
    // An edit of a seeded figure: its first recorded change saves the state before it as a baseline, which is no change.
    const seeded = FiguresPageSchema.parse(await (await get("/api/figures?metric=transit_time")).json()).figures[0]!;
    const note = `Changed for the changes feed test on the ${kind} database`;
    const updated = await write(`/api/admin/figures/${seeded.id}`, "PUT", {
      record: { ...toFormValues(seeded as FigureView), note },
      version: seeded.version,
    });
    expect(updated.status, await updated.clone().text()).toBe(200);

    const feed = await get("/changes.atom?metric=transit_time");
    expect(feed.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await feed.text();
    const { problems, entries } = atomProblems(xml);
    expect(problems).toEqual([]);
    const entry = entries.find((candidate) => atomText(candidate.content).includes(note));
    expect(entry, xml.slice(0, 2000)).toBeDefined();
    expect(String(entry!.title)).toMatch(/^Changed: /);
    const author = (entry!.author as { name: string }).name;
    expect(author).not.toContain("@");
    expect(xml).not.toContain(kind === "embedded" ? demoEditor.email : editor.email);
    // The seeded state it had is not listed as a change of its own.
    expect(xml).not.toContain("The state it had before its first recorded change");
    expect(await (await get("/changes.atom?metric=russia_iran_trade_turnover")).text()).not.toContain(note);

    const page = await (await get(`/changes?figure=${seeded.id}`)).text();
    expect(page).toContain(note);
    expect(page).toContain("this figure&#x27;s history");
    const bad = await get("/changes.atom?figure=abc");
    expect(bad.status).toBe(400);
  });

  it("streams the CSVs and the data package rather than sending them whole", async () => {
    for (const address of ["/api/csv/figures", "/api/data-package.zip"]) {
      const response = await get(address);
      expect(response.headers.get("content-length"), address).toBeNull();
      expect(response.headers.get("transfer-encoding"), address).toBe("chunked");
      await response.arrayBuffer();
    }
  });

  it("serves a valid data package made of the CSVs the site serves, with its README and licence", async () => {
    const response = await get("/api/data-package.zip");
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="corridor-watch-data-package-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).toSorted()).toEqual(
      ["DATA-LICENSE.md", "README.md", "datapackage.json", ...datasetTables.map((table) => table.path)].toSorted(),
    );
    const descriptor = JSON.parse(strFromU8(files["datapackage.json"]!)) as Parameters<typeof validateDescriptor>[0] & {
      homepage: string;
      sources: { title: string }[];
    };
    expect(validateDescriptor(descriptor)).toEqual([]);
    expect(descriptor.homepage).toBe(server.url);
    expect(descriptor.sources.length).toBeGreaterThan(10);
    const texts = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
    expect(validateTables(descriptor, texts)).toEqual([]);
    for (const table of datasetTables) {
      const served = await (await get(table.url)).text();
      expect(texts[table.path], table.path).toBe(served);
      expect(served.split("\r\n").length, table.path).toBeGreaterThan(3);
    }
    expect(texts["DATA-LICENSE.md"]).toContain("CC BY 4.0");
    expect(texts["README.md"]).toContain("figures.csv");
  });

  it("serves its OpenAPI document, and answers JSON as the document describes it", async () => {
    const document = (await (await get("/api/openapi.json")).json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers[0]?.url).toBe(server.url);
    const page = FiguresPageSchema.strict().parse(await (await get("/api/figures?route=instc-west&sort=value&dir=desc&page=1")).json());
    expect(page.figures.length).toBeGreaterThan(0);
    FiguresCsvMetadataSchema.strict().parse(await (await get("/api/csv/figures/metadata?route=instc-west")).json());
    HealthSchema.strict().parse(await (await get("/api/health")).json());
  });
});
