"use client";

import { lazy, Suspense, type ReactNode } from "react";
import type { TrendChartState } from "@/lib/charts/chart-state";
import { setsTrendView, trendViewPrefix } from "@/lib/filters/trend-view-keys";
import { useAddressQuery } from "@/components/url-state/address";
import { useHydrated } from "../use-browser-value";

// Reading a view from an address takes its schema, and with it zod, whose start-up alone cost a phone a fifth of a
// second on every page with a trend (issue 13's total blocking time). Most addresses set no view, and for those
// the downloads the server rendered (`children`, the state it was given) are already right; so the code that reads
// a view loads only once the address sets one, after hydration, and until it arrives the server's links stay.
const TrendViewDownloads = lazy(() => import("./trend-view-downloads").then((module) => ({ default: module.TrendViewDownloads })));

/** A trend's downloads: the server's, or, once the address sets this chart's view, ones that follow it. */
export function ViewedTrendDownloads({
  chart,
  title,
  viewPrefix,
  children,
}: {
  chart: TrendChartState;
  title: string;
  viewPrefix?: string;
  /** The downloads of `chart` as the server rendered them. */
  children: ReactNode;
}) {
  const search = useAddressQuery();
  // False on the server and while hydrating, so the first render matches the server's HTML.
  const hydrated = useHydrated();
  if (!hydrated || !setsTrendView(search, viewPrefix ?? trendViewPrefix(chart.filter.metric))) return children;
  // Rendered only in the browser, after hydration: this boundary never streams from the server.
  return (
    <Suspense fallback={children}>
      <TrendViewDownloads chart={chart} title={title} viewPrefix={viewPrefix} />
    </Suspense>
  );
}
