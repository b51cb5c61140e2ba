"use client";

import dynamic from "next/dynamic";
import styles from "./chart.module.css";

// The charts' code (Recharts is most of it) loads after the page is interactive rather than with it: Recharts
// draws nothing on the server anyway, and the server-rendered table beside each chart carries the numbers until
// the drawing arrives. This keeps the first-load JavaScript within budget.

function ChartLoading() {
  return <div className={styles.loading} role="status" aria-label="Loading chart" />;
}

export const LazyRouteComparisonChart = dynamic(
  () => import("./route-comparison-chart").then((module) => module.RouteComparisonChart),
  { ssr: false, loading: ChartLoading },
);

export const LazyTrendChart = dynamic(() => import("./trend-chart").then((module) => module.TrendChart), {
  ssr: false,
  loading: ChartLoading,
});
