// Next.js calls register() once per server start. The work lives in a Node-only module; the runtime check keeps
// it out of the Edge bundle, and the build phase is skipped so `next build` never opens the database.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const [{ startServer }, { refuseFetchForbiddenMethods }] = await Promise.all([
      import("./lib/startup/start-server"),
      import("./lib/http/refuse-fetch-forbidden-methods"),
    ]);
    refuseFetchForbiddenMethods();
    await startServer();
  }
}
