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
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: true,
  // "/" is the cached overview edition (see app/overview/[edition]/page.tsx).
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/overview/latest" },
        // Browsers still ask for /favicon.ico now and then; the app's icon is app/icon.svg.
        { source: "/favicon.ico", destination: "/icon.svg" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  // Cached pages live in this process's memory only. On disk they would outlive a restart (and be served after
  // the database changed) and be shared by every server started from the same build, whatever its database.
  // PUBLIC_CACHE=off turns page caching off altogether (the benchmark compares both).
  cacheMaxMemorySize: process.env.PUBLIC_CACHE === "off" ? 0 : 64 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
};

export default nextConfig;
