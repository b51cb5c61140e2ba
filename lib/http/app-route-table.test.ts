import { describe, expect, it } from "vitest";
import path from "node:path";
import {
  exportedMethods,
  findAppRoute,
  isPublicApiHandler,
  matchesPattern,
  patternFor,
  readAppRouteTable,
  type AppRoute,
} from "./app-route-table.mjs";

describe("the app's route table", () => {
  it("reads a route handler's methods from its exports, adding what Next.js answers by itself", () => {
    expect(exportedMethods("export const GET = withErrorResponses(async () => {});\nexport const dynamic = 'force-dynamic';")).toEqual([
      "GET",
      "HEAD",
      "OPTIONS",
    ]);
    expect(exportedMethods("export async function POST() {}\nexport const DELETE = handlers.DELETE;")).toEqual([
      "DELETE",
      "OPTIONS",
      "POST",
    ]);
    expect(exportedMethods("// export const PUT = x\nconst GETTER = 1;")).toEqual(["OPTIONS"]);
  });

  it("matches dynamic segments and catch-alls segment by segment", () => {
    expect(matchesPattern("/routes/[slug]", "/routes/instc-west")).toBe(true);
    expect(matchesPattern("/routes/[slug]", "/routes")).toBe(false);
    expect(matchesPattern("/routes/[slug]", "/routes/a/b")).toBe(false);
    expect(matchesPattern("/docs/[...path]", "/docs")).toBe(false);
    expect(matchesPattern("/docs/[...path]", "/docs/a/b")).toBe(true);
    expect(matchesPattern("/docs/[[...path]]", "/docs")).toBe(true);
    expect(matchesPattern("/", "/")).toBe(true);
  });

  it("prefers a literal segment over a dynamic one, and finds nothing for an unknown address", () => {
    const table: AppRoute[] = [
      { pattern: "/admin/figures/[id]", kind: "page", allow: ["GET", "HEAD"] },
      { pattern: "/api/admin/figures/[id]", kind: "handler", allow: ["DELETE", "OPTIONS", "PUT"] },
      { pattern: "/api/admin/figures/[id]/history", kind: "handler", allow: ["GET", "HEAD", "OPTIONS"] },
      { pattern: "/api/admin/[kind]/new", kind: "handler", allow: ["OPTIONS", "POST"] },
    ];
    expect(findAppRoute(table, "/api/admin/figures/new")?.pattern).toBe("/api/admin/figures/[id]");
    expect(findAppRoute(table, "/api/admin/figures/7/history")?.pattern).toBe("/api/admin/figures/[id]/history");
    expect(findAppRoute(table, "/nope")).toBeNull();
  });

  it("tells the public API from the editors' and sign-in handlers, and writes patterns for next.config and OpenAPI", () => {
    const handler = (pattern: string): AppRoute => ({ pattern, kind: "handler", allow: ["GET", "HEAD", "OPTIONS"] });
    expect(isPublicApiHandler(handler("/api/figures"))).toBe(true);
    expect(isPublicApiHandler(handler("/api/csv/comparison/[measure]"))).toBe(true);
    expect(isPublicApiHandler(handler("/api/admin/figures"))).toBe(false);
    expect(isPublicApiHandler(handler("/api/auth/sign-in"))).toBe(false);
    expect(isPublicApiHandler(handler("/api/administrators"))).toBe(true);
    expect(isPublicApiHandler(handler("/changes.atom"))).toBe(true);
    expect(isPublicApiHandler({ pattern: "/api/docs", kind: "page", allow: ["GET", "HEAD"] })).toBe(false);
    expect(patternFor("/api/csv/comparison/[measure]", "next")).toBe("/api/csv/comparison/:measure");
    expect(patternFor("/api/csv/comparison/[measure]", "openapi")).toBe("/api/csv/comparison/{measure}");
  });

  it("covers the chart images and embeds read from app/: GET and HEAD only", () => {
    const table = readAppRouteTable(path.join(import.meta.dirname, "..", "..", "app"));
    expect(findAppRoute(table, "/api/images/trend.png")).toMatchObject({
      pattern: "/api/images/[file]",
      kind: "handler",
      allow: ["GET", "HEAD", "OPTIONS"],
    });
    expect(findAppRoute(table, "/embed/comparison")).toMatchObject({ pattern: "/embed/[chart]", kind: "page", allow: ["GET", "HEAD"] });
  });
});
