"use client";

import { Suspense } from "react";
import { trendCsvUrl } from "@/lib/csv/csv-urls";
import { isDefaultTrendView } from "@/lib/filters/trend-view";
import { useTrendView } from "./use-trend-view";
import styles from "./chart-frame.module.css";

/**
 * A trend's "Download CSV", following the chart's view: the metric's figures as stored while the view is the plain
 * one, and the points the chart draws (its years, sources, index) once the reader changes it. The server renders
 * the plain link (`fallback`), which is what a reader without scripts gets.
 */
export function TrendCsvLink({ metricSlug, route, plainHref }: { metricSlug: string; route?: string; plainHref: string }) {
  const { view } = useTrendView(metricSlug);
  if (isDefaultTrendView(view)) return <PlainCsvLink href={plainHref} of="the figures of this chart" />;
  return <PlainCsvLink href={trendCsvUrl(metricSlug, { route }, view)} of="this view of the chart" />;
}

export function PlainCsvLink({ href, of }: { href: string; of: string }) {
  return (
    <a className={styles.download} href={href} download>
      Download CSV<span className="visually-hidden"> of {of}</span>
    </a>
  );
}

/** The link inside the Suspense boundary that useSearchParams needs on a page rendered ahead of its requests. */
export function TrendCsvDownload(props: { metricSlug: string; route?: string; plainHref: string }) {
  return (
    <Suspense fallback={<PlainCsvLink href={props.plainHref} of="the figures of this chart" />}>
      <TrendCsvLink {...props} />
    </Suspense>
  );
}
