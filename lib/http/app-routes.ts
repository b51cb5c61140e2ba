import { type AppRoute } from "./app-route-table.mjs";

/**
 * Every address of the app and the methods it answers, read from app/ by next.config.js at build time and compiled
 * in here (see app-route-table.mjs). Read by lib/http/http-edge.ts.
 */
export const appRoutes: AppRoute[] = JSON.parse(process.env.CORRIDOR_WATCH_APP_ROUTES || "[]") as AppRoute[];
