import { existsSync } from "node:fs";
import path from "node:path";
import { publicCacheBytes } from "./lib/cache/shared-shelf.mjs";
import { isPublicApiHandler, patternFor, readAppRouteTable } from "./lib/http/app-route-table.mjs";

// Security headers on every response (issue 10). The Content-Security-Policy, with its per-response script nonce, is
// set where requests enter the server (lib/http/content-security-policy.mjs, applied by lib/http/http-edge.ts);
// these are the fixed ones.
const everywhere = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];
const neverFramed = [{ key: "X-Frame-Options", value: "DENY" }];

const appDir = path.join(import.meta.dirname, "app");
const rewrites = [
  // Browsers still ask for /favicon.ico now and then; the app's icon is app/icon.svg.
  { source: "/favicon.ico", destination: "/icon.svg" },
];
const appRouteTable = existsSync(appDir) ? readAppRouteTable(appDir, rewrites) : [];

// The public API may be read from any origin (issue 15): it is public data, read without cookies. Never the admin
// API or sign-in, which stay same-origin. Preflights (a script sending If-None-Match itself) are answered too, and
// scripts may read the validators and the file name.
const publicApiCors = [
  { key: "Access-Control-Allow-Origin", value: "*" },
  { key: "Access-Control-Allow-Methods", value: "GET, HEAD, OPTIONS" },
  { key: "Access-Control-Allow-Headers", value: "If-None-Match, If-Modified-Since" },
  { key: "Access-Control-Expose-Headers", value: "ETag, Last-Modified, Content-Disposition, Retry-After" },
  { key: "Access-Control-Max-Age", value: "86400" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite and the schema engine load WebAssembly from their package folders at run time; bundling breaks that.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
    "pg-copy-streams",
    // A native binary inside the package, loaded at run time.
    "@resvg/resvg-js",
    // Its TTF files are read from the package folder at run time (lib/chart-images/svg-to-png.ts), never bundled.
    "dejavu-fonts-ttf",
  ],
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: everywhere },
      // The pages lib/http/content-security-policy.mjs never lets be framed.
      { source: "/admin", headers: neverFramed },
      { source: "/admin/:path*", headers: neverFramed },
      { source: "/api/:path*", headers: neverFramed },
      ...appRouteTable.filter(isPublicApiHandler).map((route) => ({ source: patternFor(route.pattern, "next"), headers: publicApiCors })),
      // HSTS only over HTTPS, which a TLS-terminating proxy reports in X-Forwarded-Proto.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
  reactStrictMode: true,
  typedRoutes: true,
  async rewrites() {
    return { beforeFiles: rewrites, afterFiles: [], fallback: [] };
  },
  // The methods each address answers, for lib/http/http-edge.ts (405 with Allow for the others). Read from app/ at
  // build time and compiled in; a server started from a build without its sources keeps the built table.
  env: {
    CORRIDOR_WATCH_APP_ROUTES: existsSync(appDir) ? JSON.stringify(appRouteTable) : "",
    // When this build was made: part of the public API's validators (lib/http/conditional-response.ts), since a new
    // release may write the same data differently.
    CORRIDOR_WATCH_BUILT_AT: new Date().toISOString(),
  },
  // The data cache of the public pages' reads (lib/data/public-reads.ts), by tags (lib/cache/data-tags.ts): in this
  // process's memory (this many bytes), or in Redis shared by every instance when REDIS_URL is set; never on disk,
  // where it would outlive a restart and be shared by every server started from the same build, whatever its
  // database. The handler serves a read's last good value while the database is down
  // (lib/cache/stale-while-error-cache.mjs). PUBLIC_CACHE=off turns it off (the benchmark compares both).
  cacheMaxMemorySize: publicCacheBytes,
  cacheHandler: path.join(import.meta.dirname, "lib/cache/stale-while-error-cache.mjs"),
  experimental: { isrFlushToDisk: false },
};

export default nextConfig;
