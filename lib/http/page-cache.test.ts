import type http from "node:http";
import { describe, expect, it } from "vitest";
import type { AppRoute } from "./app-route-table.mjs";
import { pageCacheKey, pageEncoding } from "./page-cache";

const page = (pattern: string): AppRoute => ({ pattern, kind: "page", allow: ["GET", "HEAD"] });
const request = (url: string, headers: http.IncomingHttpHeaders = {}, method = "GET") => ({ url, headers, method }) as http.IncomingMessage;

describe("which requests the rendered-page cache stores", () => {
  it("keys a plain GET of the overview, a route page or a metric page by its path", () => {
    expect(pageCacheKey(request("/"), page("/"))).toBe("page:/");
    expect(pageCacheKey(request("/routes/suez"), page("/routes/[slug]"))).toBe("page:/routes/suez");
    expect(pageCacheKey(request("/metrics/transit_time"), page("/metrics/[slug]"))).toBe("page:/metrics/transit_time");
  });

  it("leaves every other page, method, query and client navigation to be rendered", () => {
    expect(pageCacheKey(request("/figures"), page("/figures"))).toBeNull();
    expect(pageCacheKey(request("/admin"), page("/admin"))).toBeNull();
    expect(pageCacheKey(request("/", {}, "HEAD"), page("/"))).toBeNull();
    expect(pageCacheKey(request("/?asOf=2024-01-01"), page("/"))).toBeNull();
    expect(pageCacheKey(request("/?_rsc=abc"), page("/"))).toBeNull();
    expect(pageCacheKey(request("/", { rsc: "1" }), page("/"))).toBeNull();
    expect(pageCacheKey(request("/", { "next-router-prefetch": "1" }), page("/"))).toBeNull();
    expect(pageCacheKey(request("/"), null)).toBeNull();
  });
});

describe("Accept-Encoding", () => {
  it.each([
    ["gzip, deflate, br", "br"],
    ["br;q=1.0, gzip;q=0.8", "br"],
    ["gzip, br;q=0.5", "gzip"],
    ["*", "br"],
    ["gzip, *;q=0", "gzip"],
    ["GZIP", "gzip"],
    ["gzip;q=0", null],
    ["gzip;q=0, br", "br"],
    ["identity", null],
    ["deflate", null],
    ["", null],
    [undefined, null],
  ])("%s: %s", (header, expected) => {
    expect(pageEncoding(header)).toBe(expected);
  });
});
