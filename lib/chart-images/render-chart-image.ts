import type { ChartState } from "../charts/chart-state";
import type { ChartData } from "../data/charts/get-chart-data";
import { defaultTrendView } from "../filters/trend-view";
import type { ImageContext, ImageFrame } from "./image-frame";
import { renderImageFrame } from "./image-frame";
import { comparisonImageFrame } from "./render-comparison-image";
import { mapImageFrame } from "./render-map-image";
import { renderSocialCard } from "./render-social-card";
import { trendImageFrame } from "./render-trend-image";

/**
 * Any chart in its state, framed for an image: title, subtitle, drawing, legend, notes and sources. The data is
 * the chart's as its page reads it (getChartData); the state says how the reader set it (a trend's view).
 */
export function chartImageFrame(data: ChartData, state: ChartState, context: { origin: string }): ImageFrame {
  switch (data.chart) {
    case "comparison":
      return comparisonImageFrame(data.comparison);
    case "trend":
      return trendImageFrame(data.trend, state.chart === "trend" ? state.view : defaultTrendView);
    case "map":
      return mapImageFrame(data.map, { highlight: data.highlight }, context);
  }
}

/** Any chart as a 1200 × 630 social card, from the same frame as its downloads. */
export function renderChartCard(data: ChartData, state: ChartState, context: { origin: string; pageUrl: string }): string {
  return renderSocialCard(chartImageFrame(data, state, context), context);
}

/** Any chart's image, as an SVG document: the one entry point for downloads. */
export function renderChartImage(data: ChartData, state: ChartState, context: ImageContext & { origin: string }): string {
  return renderImageFrame(chartImageFrame(data, state, context), context);
}
