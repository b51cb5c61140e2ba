"use client";

import type { TrendChartState } from "@/lib/charts/chart-state";
import { DownloadLinks } from "./download-links";
import { useTrendView } from "./use-trend-view";

/**
 * A trend's downloads in the view the reader has set (years, index, scale, sources), read from the address as the
 * chart reads it: its CSV, SVG, PNG and embed then carry the same view, and the images draw it. Loaded only once
 * an address sets a view (viewed-trend-downloads.tsx).
 */
export function TrendViewDownloads({ chart, title, viewPrefix }: { chart: TrendChartState; title: string; viewPrefix?: string }) {
  const { view } = useTrendView(chart.filter.metric, viewPrefix);
  return <DownloadLinks chart={{ ...chart, view }} title={title} />;
}
