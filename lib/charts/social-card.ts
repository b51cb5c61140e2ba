import type { Metadata } from "next";
import { chartImageUrl, type ChartState } from "./chart-state";

// A page's social card (og:image, twitter:image) is the PNG of its chart, drawn by the same renderer as the
// downloads: a metric page's trend, a route page's map with the route on top, the map everywhere else. Next.js
// makes the address absolute from metadataBase (the root layout's, from PUBLIC_ORIGIN).

export function socialCard(state: ChartState, alt: string): Pick<Metadata, "openGraph" | "twitter"> {
  const image = { url: chartImageUrl(state, "png"), alt };
  return {
    openGraph: { siteName: "Corridor Watch", type: "website", images: [image] },
    twitter: { card: "summary_large_image", images: [image] },
  };
}
