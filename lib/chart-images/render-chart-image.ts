import type { ChartData } from "../data/charts/get-chart-data";
import type { ImageContext } from "./image-frame";
import { renderComparisonImage } from "./render-comparison-image";
import { renderMapImage } from "./render-map-image";
import { renderTrendImage } from "./render-trend-image";

/** Any chart's image, as an SVG document: the one entry point for downloads and social cards. */
export function renderChartImage(data: ChartData, context: ImageContext & { origin: string }): string {
  switch (data.chart) {
    case "comparison":
      return renderComparisonImage(data.comparison, context);
    case "trend":
      return renderTrendImage(data.trend, context);
    case "map":
      return renderMapImage(data.map, { highlight: data.highlight }, context);
  }
}
