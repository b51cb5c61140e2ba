import "server-only";
import { buildTrendSeries } from "../../dashboard/build-trend-series";
import type { FigureFilter } from "../../filters/figure-filter";
import { getEvents } from "../events/get-events";
import { getMetric } from "../metrics/get-metrics";
import type { TrendChartData } from "../types";
import { getFigures } from "./get-figures";

/** A metric's figures shaped for a time chart, with the events to annotate it. Null for an unknown metric. */
export async function getTrend(metricSlug: string, filter: Omit<FigureFilter, "metric"> = {}): Promise<TrendChartData | null> {
  const [metric, figures, events] = await Promise.all([
    getMetric(metricSlug),
    getFigures({ ...filter, metric: metricSlug }),
    getEvents(filter.route ? { route: filter.route } : {}),
  ]);
  if (!metric) return null;
  const { series, undated } = buildTrendSeries(figures);
  return { metric, series, undated, events };
}
