import { comparisonCsvUrl, figuresCsvUrl } from "../csv/csv-urls";
import type { ComparisonMeasure } from "../data/types";
import { toQueryString, type FigureFilter } from "../filters/figure-filter";

// Which chart, in which state: the one description from which its CSV, SVG, PNG, embed and page addresses are all
// made, so "this chart" means the same rows in every format. A trend's state is a figure filter with its metric
// (the same query string its CSV takes), a comparison's its measure, the map's the route it highlights. Reader
// controls that change a chart (a time range, a source toggle) join here as more state, and every format follows.

export const chartKinds = ["comparison", "trend", "map"] as const;
export type ChartKind = (typeof chartKinds)[number];
export const imageFormats = ["svg", "png"] as const;
export type ImageFormat = (typeof imageFormats)[number];

export type ChartState =
  | { chart: "comparison"; measure: ComparisonMeasure }
  | { chart: "trend"; filter: FigureFilter & { metric: string } }
  | { chart: "map"; route?: string };

/** The state as a query string ("?metric=…&route=…"), the part every address of a chart shares. */
export function chartQuery(state: ChartState): string {
  switch (state.chart) {
    case "comparison":
      return `?measure=${encodeURIComponent(state.measure)}`;
    case "trend":
      return toQueryString(state.filter);
    case "map":
      return state.route ? `?route=${encodeURIComponent(state.route)}` : "";
  }
}

/** The CSV of the rows the chart draws; the map draws no figures, so it has none. */
export function chartCsvUrl(state: ChartState): string | null {
  switch (state.chart) {
    case "comparison":
      return comparisonCsvUrl(state.measure);
    case "trend":
      return figuresCsvUrl(state.filter);
    case "map":
      return null;
  }
}

/** `/api/images/trend.png?metric=…`: the chart as an image with its title, sources, licence and address. */
export function chartImageUrl(state: ChartState, format: ImageFormat): string {
  return `/api/images/${state.chart}.${format}${chartQuery(state)}`;
}

/** `/embed/trend?metric=…`: the chart alone, for an iframe on another site. */
export function chartEmbedUrl(state: ChartState): string {
  return `/embed/${state.chart}${chartQuery(state)}`;
}

/** The page a chart is on, where an image or embed links back to. */
export function chartPagePath(state: ChartState): string {
  switch (state.chart) {
    case "comparison":
      return "/#compare-heading";
    case "trend":
      return state.filter.route
        ? `/routes/${encodeURIComponent(state.filter.route)}`
        : `/metrics/${encodeURIComponent(state.filter.metric)}`;
    case "map":
      return state.route ? `/routes/${encodeURIComponent(state.route)}` : "/";
  }
}
