// Types for app-route-table.mjs, which stays JavaScript so that next.config.js can import it.
export declare const handlerMethods: readonly ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
export type AppRoute = { pattern: string; kind: "page" | "handler" | "file"; allow: string[] };
export declare function exportedMethods(source: string): string[];
export declare function readAppRouteTable(appDir: string, rewrites?: { source: string; destination: string }[]): AppRoute[];
export declare function matchesPattern(pattern: string, pathname: string): boolean;
export declare function findAppRoute(table: AppRoute[], pathname: string): AppRoute | null;
export declare function isPublicApiHandler(route: AppRoute): boolean;
export declare function patternFor(pattern: string, style: "next" | "openapi"): string;
