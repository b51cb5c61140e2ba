import "server-only";
import { getConfig } from "../config";

// The origin readers reach the site at, for addresses made without a request at hand (a social card's image). With a
// request, use siteOrigin(request) in lib/auth/request-guard.ts.

/**
 * The origin for a page rendered without a request at hand (cached pages' metadata): PUBLIC_ORIGIN, else the local
 * server's address, which is right only on the machine running it. Social cards need PUBLIC_ORIGIN to be seen.
 */
export function configuredSiteOrigin(): string {
  const { publicOrigin, port } = getConfig();
  return publicOrigin ?? `http://localhost:${port ?? 3000}`;
}
