import "server-only";
import type { AsOf } from "../filters/as-of";
import { configuredSiteOrigin } from "../http/site-origin";
import type { CiteContext } from "./citation";

/**
 * The moment a page's citations fix: the `asOf` it is shown at, else the moment it is rendered. Rendering on the
 * server is the right moment, not merely an acceptable one: public pages are rendered per request from reads that
 * every write invalidates, so what the reader sees is the data as it stood when the page was made, and the citation
 * is in the HTML before any script runs (a moment taken in the browser when "Cite" is opened would be later, and
 * could take in an edit the reader never saw). The origin is the configured one (PUBLIC_ORIGIN), as for social cards.
 */
export function citeContext(asOf: AsOf, now: Date = new Date()): CiteContext {
  const accessed = now.toISOString();
  return { origin: configuredSiteOrigin(), moment: asOf ?? accessed, accessed };
}
