import { comparisonCsvUrl, figuresCsvUrl } from "../csv/csv-urls";
import type { ComparisonMeasure } from "../data/types";
import { comparisonMeasureNames } from "../filters/comparison-measure";
import { toQueryString, type FigureFilter } from "../filters/figure-filter";
import { parseFigureQuery } from "../filters/parse-figure-query";
import { queryString, unknownKeys } from "../filters/search-params";

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
      return queryString([["measure", state.measure]]);
    case "trend":
      return toQueryString(state.filter);
    case "map":
      return queryString([["route", state.route]]);
  }
}

export function isChartKind(text: string): text is ChartKind {
  return (chartKinds as readonly string[]).includes(text);
}

function unexpectedKeys(params: URLSearchParams, allowed: readonly string[]): string[] {
  return unknownKeys(params, allowed).map(
    (key) => `Unknown parameter “${key}”: this chart takes ${allowed.map((name) => `“${name}”`).join(" and ")}`,
  );
}

/**
 * Reads back what chartQuery writes (an image's or an embed's address), before the database says whether its route
 * or metric exists (lib/data/charts/read-chart-state.ts). A trend's state is read by the figure filter's own parser,
 * so its image and its CSV refuse and accept the same. The state is null when there is no chart to draw; the map's
 * state comes with the errors of its address, which are shown beside the database's.
 */
export function parseChartQuery(chart: ChartKind, params: URLSearchParams): { state: ChartState | null; errors: string[] } {
  switch (chart) {
    case "comparison": {
      const measure = comparisonMeasureNames.find((candidate) => candidate === params.get("measure"));
      const errors = [
        ...unexpectedKeys(params, ["measure"]),
        ...(measure ? [] : [`The comparison needs a measure, one of ${comparisonMeasureNames.join(", ")}`]),
      ];
      return { state: measure && errors.length === 0 ? { chart, measure } : null, errors };
    }
    case "trend": {
      const parsed = parseFigureQuery(params);
      if (!parsed.ok) return { state: null, errors: parsed.errors };
      const { metric } = parsed.filter;
      if (!metric) return { state: null, errors: ["A trend needs a metric (?metric=…)"] };
      return { state: { chart, filter: { ...parsed.filter, metric } }, errors: [] };
    }
    case "map": {
      const route = params.get("route") || undefined;
      return { state: { chart, ...(route ? { route } : {}) }, errors: unexpectedKeys(params, ["route"]) };
    }
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
