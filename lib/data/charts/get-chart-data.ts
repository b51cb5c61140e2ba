import "server-only";
import type { ChartState } from "../../charts/chart-state";
import type { RouteMapData } from "../../map/render-route-map";
import type { Reader } from "../reader";
import { comparisonMeasures, getRouteComparison } from "../comparison/get-route-comparison";
import { getTrend } from "../figures/get-trend";
import { getRouteMap } from "../routes/get-route-map";
import type { RouteComparison, TrendChartData } from "../types";

// The data of one chart in one state, read by the same functions its page uses, so an image or an embed draws what
// the page draws.

export type ChartData =
  | { chart: "comparison"; comparison: RouteComparison }
  | { chart: "trend"; trend: TrendChartData }
  | { chart: "map"; map: RouteMapData; highlight?: string };

export async function getChartData(db: Reader, state: ChartState): Promise<ChartData | null> {
  switch (state.chart) {
    case "comparison": {
      const [comparison] = await getRouteComparison(
        db,
        comparisonMeasures.filter((entry) => entry.measure === state.measure),
      );
      return comparison ? { chart: "comparison", comparison } : null;
    }
    case "trend": {
      const { metric, ...filter } = state.filter;
      const trend = await getTrend(db, metric, filter);
      return trend ? { chart: "trend", trend } : null;
    }
    case "map":
      return { chart: "map", map: await getRouteMap(db), ...(state.route ? { highlight: state.route } : {}) };
  }
}
