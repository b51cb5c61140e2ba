import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi-document";
import { isPublicApiHandler, patternFor, readAppRouteTable } from "@/lib/http/app-route-table.mjs";

// The public API's description must cover every public route handler on disk (app/api/**/route.ts outside
// /api/admin and /api/auth), describe nothing that is not there, and be a well-formed OpenAPI 3.1 document.

const document = openApiDocument({ origin: "https://corridor.example.org" });
const operations = Object.entries(document.paths ?? {}).flatMap(([address, item]) =>
  (["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const).flatMap((method) =>
    item?.[method] ? [{ address, method, operation: item[method] }] : [],
  ),
);

describe("the OpenAPI document", () => {
  const onDisk = readAppRouteTable(path.resolve("app")).filter(isPublicApiHandler);

  it("finds the public route handlers on disk, and none of the editors' or sign-in's", () => {
    const patterns = onDisk.map((route) => route.pattern);
    expect(patterns).toContain("/api/figures");
    expect(patterns).toContain("/api/data-package.zip");
    expect(patterns.filter((pattern) => /^\/api\/(admin|auth)\//.test(pattern))).toEqual([]);
  });

  it("describes the GET of every public route handler on disk", () => {
    const missing = onDisk
      .filter((route) => route.allow.includes("GET"))
      .map((route) => patternFor(route.pattern, "openapi"))
      .filter((address) => !document.paths?.[address]?.get);
    expect(missing).toEqual([]);
  });

  it("describes no address that has no handler, and no method a handler does not answer", () => {
    const byAddress = new Map(onDisk.map((route) => [patternFor(route.pattern, "openapi"), route.allow]));
    const unknown = operations
      .filter(({ address, method }) => !byAddress.get(address)?.includes(method.toUpperCase()))
      .map(({ address, method }) => `${method} ${address}`);
    expect(unknown).toEqual([]);
  });

  it("has the fields OpenAPI 3.1 requires, and every operation has responses with descriptions", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.title).toEqual(expect.any(String));
    expect(document.info.version).toEqual(expect.any(String));
    expect(document.info.license?.identifier).toBe("CC-BY-4.0");
    expect(operations.length).toBeGreaterThanOrEqual(onDisk.length);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { address, method, operation } of operations) {
      const where = `${method} ${address}`;
      expect(operation.summary, where).toEqual(expect.any(String));
      const responses = Object.entries(operation.responses ?? {});
      expect(responses.length, where).toBeGreaterThan(0);
      expect(
        responses.some(([status]) => /^2\d\d$/.test(status)),
        `${where} has a success response`,
      ).toBe(true);
      for (const [status, response] of responses) {
        const resolved = "$ref" in response ? resolve(response.$ref) : response;
        expect(resolved, `${where} ${status}`).toHaveProperty("description", expect.any(String));
      }
      // Every {name} in the path is a required path parameter, and every parameter has a name, a place and a schema.
      const parameters = (operation.parameters ?? []).map(
        (parameter) =>
          ("$ref" in parameter ? resolve(parameter.$ref) : parameter) as { name: string; in: string; required?: boolean; schema?: unknown },
      );
      for (const name of [...address.matchAll(/\{(\w+)\}/g)].map((match) => match[1])) {
        expect(
          parameters.find((parameter) => parameter.in === "path" && parameter.name === name),
          `${where}: path parameter ${name}`,
        ).toMatchObject({ required: true });
      }
      for (const parameter of parameters) {
        expect(parameter, where).toMatchObject({
          name: expect.any(String),
          in: expect.stringMatching(/^(query|path|header|cookie)$/),
          schema: expect.any(Object),
        });
      }
    }
  });

  it("declares every tag an operation names, so the docs page (which lists operations by tag) shows them all", () => {
    const declared = new Set((document.tags ?? []).map((tag) => tag.name));
    for (const { address, operation } of operations) {
      expect(operation.tags?.length, address).toBeGreaterThan(0);
      for (const tag of operation.tags ?? []) expect(declared, `${address}: tag ${tag}`).toContain(tag);
    }
  });

  it("resolves every $ref inside the document", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(resolve(ref), ref).toBeDefined();
  });

  it("documents the filters from the schemas the handlers parse with (their enums and descriptions)", () => {
    const parameters = document.paths?.["/api/figures"]?.get?.parameters as {
      name: string;
      description?: string;
      schema: { enum?: string[] };
    }[];
    expect(parameters.map((parameter) => parameter.name)).toEqual([
      "metric",
      "route",
      "status",
      "from",
      "to",
      "source",
      "q",
      "sort",
      "dir",
      "page",
      "asOf",
    ]);
    expect(parameters.find((parameter) => parameter.name === "status")?.schema.enum).toEqual(["reported", "claim", "forecast", "plan"]);
    expect(parameters.every((parameter) => parameter.description)).toBe(true);
  });

  it("offers asOf on every answer from the data, and not on what does not read it", () => {
    const unread = new Set(["/api/health", "/api/openapi.json", "/api/csv/figures/template", "/api/map-outlines/{file}"]);
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      const names = ((item?.get?.parameters ?? []) as { name: string; in: string }[])
        .filter((parameter) => parameter.in === "query")
        .map((parameter) => parameter.name);
      expect(names.includes("asOf"), path).toBe(!unread.has(path));
    }
  });
});

function resolve(ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), document);
}
