import { toQueryString, type FigureFilter } from "../filters/figure-filter";
import type { ComparisonMeasure } from "../data/types";
import { queryString } from "../filters/search-params";
import { trendViewEntries, type TrendView } from "../filters/trend-view";

// The stable, shareable download URLs. Every chart and table links to the CSV of exactly the rows it shows;
// the README documents these URLs, so change them only with a redirect.

/** Figures matching a filter; no filter is the whole dataset. */
export function figuresCsvUrl(filter: FigureFilter = {}): string {
  return `/api/csv/figures${toQueryString(filter)}`;
}

/**
 * The points one trend chart draws in a reader's view (lib/filters/trend-view.ts): its years, its sources, its
 * values or index. The plain view is the metric's figures as stored (figuresCsvUrl).
 */
export function trendCsvUrl(metric: string, filter: { route?: string }, view: TrendView): string {
  return `/api/csv/trend/${encodeURIComponent(metric)}${queryString([["route", filter.route], ...trendViewEntries(view)])}`;
}

/** The figures behind one route-comparison chart. */
export function comparisonCsvUrl(measure: ComparisonMeasure): string {
  return `/api/csv/comparison/${measure}`;
}

/** Events, optionally of one route. */
export function eventsCsvUrl(filter: { route?: string } = {}): string {
  return `/api/csv/events${queryString([["route", filter.route]])}`;
}

export function sourcesCsvUrl(): string {
  return "/api/csv/sources";
}

/** The description of a figures download (title, filters, row count, columns, source note), as JSON. */
export function figuresCsvMetadataUrl(filter: FigureFilter = {}): string {
  return `/api/csv/figures/metadata${toQueryString(filter)}`;
}

export function routesCsvUrl(): string {
  return "/api/csv/routes";
}

export function metricsCsvUrl(): string {
  return "/api/csv/metrics";
}

/** The whole dataset as a Frictionless data package: every table above as CSV, datapackage.json, README, licence. */
export function dataPackageUrl(): string {
  return "/api/data-package.zip";
}
