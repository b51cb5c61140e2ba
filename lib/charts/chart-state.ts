import { z } from "zod";
import { comparisonCsvUrl, figuresCsvUrl, trendCsvUrl } from "../csv/csv-urls";
import { comparisonMeasureNames } from "../filters/comparison-measure";
import {
  figureFilterEntries,
  figureFilterIssueMessages,
  figureFilterKeys,
  FigureFilterSchema,
  readFigureFilterInput,
  slugParameter,
} from "../filters/figure-filter";
import { queryString, unknownKeys } from "../filters/search-params";
import {
  defaultTrendView,
  isDefaultTrendView,
  readTrendViewInput,
  trendViewEntries,
  trendViewIssueMessages,
  trendViewKeys,
  TrendViewSchema,
  withTrendView,
  type TrendView,
} from "../filters/trend-view";

// Which chart, in which state: the one description from which its CSV, SVG, PNG, embed and page addresses are all
// made, so "this chart" means the same rows in every format. A trend's state is a figure filter with its metric
// (the same query string its CSV takes) and the reader's view of it (years, index, scale, hidden sources:
// lib/filters/trend-view.ts, bare keys as in the trend's CSV), a comparison's its measure, the map's the route it
// highlights. The state is one object parsed by one schema (ChartStateSchema), so a setting every chart shares
// (an "as of" date) is one more field in `shared`, and every address follows.

export const chartKinds = ["comparison", "trend", "map"] as const;
export type ChartKind = (typeof chartKinds)[number];
/** An image's formats: the print-sized SVG and PNG, and the 1200 × 630 PNG that link previews show (og:image). */
export const imageFormats = ["svg", "png", "card.png"] as const;
export type ImageFormat = (typeof imageFormats)[number];

/** The fields every chart's state has, whatever the chart: none yet. */
const shared = {};

/** A trend's figures: a figure filter that names its metric. */
const TrendFilterSchema = FigureFilterSchema.transform((filter, context) => {
  if (filter.metric !== undefined) return { ...filter, metric: filter.metric };
  context.addIssue({ code: "custom", message: "A trend needs a metric (?metric=…)", path: ["metric"] });
  return z.NEVER;
});

export const ChartStateSchema = z.discriminatedUnion("chart", [
  z.object({ ...shared, chart: z.literal("comparison"), measure: z.enum(comparisonMeasureNames) }),
  z.object({ ...shared, chart: z.literal("trend"), filter: TrendFilterSchema, view: TrendViewSchema }),
  z.object({ ...shared, chart: z.literal("map"), route: slugParameter.optional() }),
]);

export type ChartState = z.infer<typeof ChartStateSchema>;
export type TrendChartState = Extract<ChartState, { chart: "trend" }>;

/** The keys each chart's address takes, in the order they are written. */
const chartKeys: Record<ChartKind, readonly string[]> = {
  comparison: ["measure"],
  trend: [...figureFilterKeys, ...trendViewKeys],
  map: ["route"],
};

/** A trend's state: its figures, in the reader's view (the plain view unless given). */
export function trendChartState(filter: TrendChartState["filter"], view: TrendView = defaultTrendView): TrendChartState {
  return { chart: "trend", filter, view };
}

/** The state as a query string ("?metric=…&route=…&since=…"), the part every address of a chart shares. */
export function chartQuery(state: ChartState): string {
  switch (state.chart) {
    case "comparison":
      return queryString([["measure", state.measure]]);
    case "trend":
      return queryString([...figureFilterEntries(state.filter), ...trendViewEntries(state.view)]);
    case "map":
      return queryString([["route", state.route]]);
  }
}

export function isChartKind(text: string): text is ChartKind {
  return (chartKinds as readonly string[]).includes(text);
}

function unexpectedKeys(params: URLSearchParams, allowed: readonly string[]): string[] {
  return unknownKeys(params, allowed).map(
    (key) => `Unknown parameter “${key}”: this chart takes ${allowed.map((name) => `“${name}”`).join(", ")}`,
  );
}

/** The schema's issues said in the reader's words: a filter's and a view's by their own modules. */
function issueMessages(
  issues: readonly z.core.$ZodIssue[],
  input: {
    filter: Parameters<typeof figureFilterIssueMessages>[1];
    view: Parameters<typeof trendViewIssueMessages>[1];
    route: string | null;
  },
): string[] {
  // The trend's own refusal (no metric) is said as it was raised; the filter's and the view's by their modules.
  const needsMetric = (issue: z.core.$ZodIssue) => issue.code === "custom" && issue.path.join(".") === "filter.metric";
  const inner = (part: string) =>
    issues.filter((issue) => issue.path[0] === part && !needsMetric(issue)).map((issue) => ({ ...issue, path: issue.path.slice(1) }));
  return [
    ...issues.filter(needsMetric).map((issue) => issue.message),
    ...figureFilterIssueMessages(inner("filter"), input.filter),
    ...trendViewIssueMessages(inner("view"), input.view).errors,
    ...issues
      .filter((issue) => issue.path[0] === "measure")
      .map(() => `The comparison needs a measure, one of ${comparisonMeasureNames.join(", ")}`),
    ...issues.filter((issue) => issue.path[0] === "route").map(() => `There is no route called “${input.route ?? ""}”`),
  ];
}

/**
 * Reads back what chartQuery writes (an image's or an embed's address), before the database says whether its route
 * or metric exists (lib/data/charts/read-chart-state.ts): the address's keys gathered into the state's shape, then
 * parsed by ChartStateSchema. A trend's filter and view are refused in the words of their own lists (the trend's
 * CSV says the same). The state is null when there is no chart to draw, with the reasons in `errors`.
 */
export function parseChartQuery(chart: ChartKind, params: URLSearchParams): { state: ChartState | null; errors: string[] } {
  const filter = readFigureFilterInput(params);
  const view = readTrendViewInput(params);
  const single = (key: string) => (params.getAll(key).length > 1 ? `“${key}” is given more than once: choose one` : null);
  const candidate =
    chart === "trend"
      ? { chart, filter: filter.input, view: view.input }
      : chart === "comparison"
        ? { chart, measure: params.get("measure") || undefined }
        : { chart, ...(params.get("route") ? { route: params.get("route") } : {}) };
  const errors = [
    ...unexpectedKeys(params, chartKeys[chart]),
    ...(chart === "trend" ? [...filter.errors, ...view.errors] : chartKeys[chart].flatMap((key) => single(key) ?? [])),
  ];
  const result = ChartStateSchema.safeParse(candidate);
  if (!result.success)
    errors.push(...issueMessages(result.error.issues, { filter: filter.input, view: view.input, route: params.get("route") }));
  return { state: result.success && errors.length === 0 ? result.data : null, errors };
}

/** The CSV of the rows the chart draws: a trend's figures as stored in the plain view, its points in another; the map draws no figures, so it has none. */
export function chartCsvUrl(state: ChartState): string | null {
  switch (state.chart) {
    case "comparison":
      return comparisonCsvUrl(state.measure);
    case "trend":
      return isDefaultTrendView(state.view) ? figuresCsvUrl(state.filter) : trendCsvUrl(state.filter.metric, state.filter, state.view);
    case "map":
      return null;
  }
}

/** What a downloaded file's name says of the state ("trend-metric-x-since-2021"): every key but the hidden sources. */
export function chartFileFields(state: ChartState): Record<string, string | undefined> {
  switch (state.chart) {
    case "comparison":
      return { measure: state.measure };
    case "trend":
      return { ...state.filter, ...Object.fromEntries(trendViewEntries(state.view).filter(([key]) => key !== "hide")) };
    case "map":
      return { route: state.route };
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
    case "trend": {
      // The page holds several charts, so the view's keys there carry the metric (trend-view.ts).
      const { metric, route } = state.filter;
      const path = route ? `/routes/${encodeURIComponent(route)}` : `/metrics/${encodeURIComponent(metric)}`;
      return `${path}${withTrendView("", metric, state.view)}`;
    }
    case "map":
      return state.route ? `/routes/${encodeURIComponent(state.route)}` : "/";
  }
}
