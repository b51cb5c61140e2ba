"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentProps, type ReactNode } from "react";
import styles from "./chart.module.css";

// The charts' code (Recharts is most of it) loads and draws only when a chart comes near the screen: Recharts draws
// nothing on the server anyway, and the server-rendered table beside each chart carries the numbers until the
// drawing arrives. Drawing every chart of a page at once was one long task that kept a phone from responding for
// most of a second (Lighthouse's total blocking time); one chart at a time, as the reader scrolls, is a short one.

function ChartLoading() {
  return <div className={styles.loading} role="status" aria-label="Loading chart" />;
}

/** Mounts `children` once the placeholder is within a screen's height of the viewport, and keeps them mounted. */
function WhenNearScreen({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: "50% 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return <div ref={ref}>{near ? children : <ChartLoading />}</div>;
}

const RouteComparisonChart = dynamic(() => import("./route-comparison-chart").then((module) => module.RouteComparisonChart), {
  ssr: false,
  loading: ChartLoading,
});

const TrendChart = dynamic(() => import("./trend-chart").then((module) => module.TrendChart), { ssr: false, loading: ChartLoading });

export function LazyRouteComparisonChart(props: ComponentProps<typeof RouteComparisonChart>) {
  return (
    <WhenNearScreen>
      <RouteComparisonChart {...props} />
    </WhenNearScreen>
  );
}

export function LazyTrendChart(props: ComponentProps<typeof TrendChart>) {
  return (
    <WhenNearScreen>
      <TrendChart {...props} />
    </WhenNearScreen>
  );
}
