// Next.js calls register() once per server start. The work lives in Node-only modules; the runtime check keeps
// them out of the Edge bundle, and the build phase is skipped so `next build` never opens the database.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const [{ startServer }, { installHttpEdge, markServedStale }, { databaseAnswers }] = await Promise.all([
      import("./lib/startup/start-server"),
      import("./lib/http/http-edge"),
      import("./lib/db/database-answers"),
    ]);
    installHttpEdge();
    // For the data cache (lib/cache/stale-while-error-cache.mjs), which Next.js loads outside the app's bundles.
    Object.assign(globalThis, { corridorWatchDatabaseAnswers: databaseAnswers, corridorWatchServedStale: markServedStale });
    await startServer();
  }
}
