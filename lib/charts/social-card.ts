import type { Metadata } from "next";
import { withAsOf, type AsOf } from "../filters/as-of";
import { chartImageUrl, type ChartState } from "./chart-state";

// A page's social card (og:image, twitter:image) is its chart as a 1200 × 630 card (the 1.91:1 that link previews
// show whole), drawn by the same renderers as the downloads: a metric page's trend, a route page's map with the
// route on top, the map everywhere else. Next.js makes the address absolute from metadataBase (the root layout's,
// from PUBLIC_ORIGIN).

/** `asOf`: the moment the page shows, if not now (lib/filters/as-of.ts); the card is drawn from the data as it stood. */
export function socialCard(state: ChartState, alt: string, asOf: AsOf = null): Pick<Metadata, "openGraph" | "twitter"> {
  const image = { url: withAsOf(chartImageUrl(state, "card.png"), asOf), alt, width: 1200, height: 630, type: "image/png" };
  return {
    openGraph: { siteName: "Corridor Watch", type: "website", images: [image] },
    twitter: { card: "summary_large_image", images: [image] },
  };
}
