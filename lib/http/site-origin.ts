import "server-only";
import { getConfig } from "../config";

// The origin readers reach the site at, for addresses that leave it: an image's page link, an embed snippet, a
// social card's image. PUBLIC_ORIGIN when configured (required with DATABASE_URL); else the request's own Host,
// for the embedded database run on a laptop. Never X-Forwarded-Host, which any client can set.

export function requestOrigin(request: Request): string | null {
  const { publicOrigin } = getConfig();
  if (publicOrigin) return publicOrigin;
  const host = request.headers.get("host");
  return host ? `${new URL(request.url).protocol}//${host}` : null;
}

/**
 * The origin for a page rendered without a request at hand (cached pages' metadata): PUBLIC_ORIGIN, else the local
 * server's address, which is right only on the machine running it. Social cards need PUBLIC_ORIGIN to be seen.
 */
export function siteOrigin(): string {
  const { publicOrigin, port } = getConfig();
  return publicOrigin ?? `http://localhost:${port ?? 3000}`;
}
