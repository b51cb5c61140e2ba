import type { AppliedTrendView } from "../dashboard/apply-trend-view";
import type { SourceRef } from "../data/types";
import { toPartialDateText } from "../dates/partial-date";
import { tableToCsv } from "./figure-csv";

// The CSV of one trend chart as the reader set it: one row per point drawn, in the chart's unit, with the index
// beside the value in an indexed view. Built from the same applied view as the drawing, so it never disagrees.

export const trendCsvColumns = [
  "figure_id",
  "metric",
  "route",
  "series",
  "period_start",
  "period_end",
  "period_label",
  "value",
  "unit",
  "index",
  "index_base_period",
  "status",
  "source_publisher",
  "source_title",
  "source_url",
  "source_date",
] as const;

const numericColumns = ["figure_id", "value", "index"];

function sourceDate(source: SourceRef): string {
  return source.date && source.datePrecision
    ? toPartialDateText({ date: new Date(`${source.date}T00:00:00Z`), precision: source.datePrecision })
    : "";
}

export function trendViewToCsv(applied: AppliedTrendView, context: { metric: string; unit: string; route?: string }): string {
  const rows = applied.series.flatMap((series) =>
    series.points.map((point) => [
      String(point.figureId),
      context.metric,
      context.route ?? "",
      series.label,
      point.periodStart,
      point.periodEnd,
      point.periodLabel,
      point.indexed?.valueText ?? point.valueText,
      context.unit,
      point.indexed ? point.valueText : "",
      point.indexed?.basePeriod ?? "",
      point.status,
      point.source.publisher,
      point.source.title,
      point.source.url ?? "",
      sourceDate(point.source),
    ]),
  );
  return tableToCsv(trendCsvColumns, rows, numericColumns);
}
