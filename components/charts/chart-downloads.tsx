import type { ChartState } from "@/lib/charts/chart-state";
import { DownloadLinks } from "./download-links";
import { ViewedTrendDownloads } from "./viewed-trend-downloads";

/**
 * The chart to take away: its rows as CSV, itself as SVG and PNG (title, sources and licence drawn in), and the
 * snippet to embed it, all from one state (lib/charts/chart-state.ts). A trend's follow the reader's view in the
 * page's address (ViewedTrendDownloads); the server renders the state it was given, which is what a reader
 * without scripts gets. Plain anchors, not next/link: files from route handlers are neither prefetched nor routed.
 */
export function ChartDownloads({ chart, title, viewPrefix }: { chart: ChartState; title: string; viewPrefix?: string }) {
  if (chart.chart !== "trend") return <DownloadLinks chart={chart} title={title} />;
  // No Suspense boundary around it: every page that shows a chart renders per request, where useSearchParams does
  // not suspend, and a streamed boundary would race React's inline reveal scripts (react#35056).
  return (
    <ViewedTrendDownloads chart={chart} title={title} viewPrefix={viewPrefix}>
      <DownloadLinks chart={chart} title={title} />
    </ViewedTrendDownloads>
  );
}
