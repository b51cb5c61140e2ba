import type { TrendPoint, TrendSeries } from "../data/types";
import type { TrendMode, TrendScaleKind, TrendView } from "../filters/trend-view";
import { formatNumber } from "../format/format-number";
import { markDisagreements } from "./build-trend-series";

// A reader's view of a trend (lib/filters/trend-view.ts) applied to its series: the one function the chart, its CSV
// and its image draw from, so "this chart" is the same points in every format. Pure, for the server and the browser.
//
// Indexing sets each series to 100 at its first period shown. A series is one kind of period (full years, H1s…), so
// an index never runs across periods of different lengths. Where the sources of that first period disagree, or it
// is zero or negative, there is no honest base: the series is left out of the indexed view, and a notice says so.

export type AppliedTrendView = {
  series: TrendSeries[];
  /** The mode and scale drawn: what was asked for, unless the data refuses it (then a notice says why). */
  mode: TrendMode;
  scale: TrendScaleKind;
  /** Why the view differs from what was asked for, in the reader's words. */
  notices: string[];
  /** Null when the chart can be indexed, else why not; the same for a log scale, in the mode drawn. */
  indexRefusal: string | null;
  logRefusal: string | null;
  /** Every year and publisher of the trend before the view, for the controls. */
  years: number[];
  publishers: string[];
};

/** Percentages here are already changes on a period (+12.8%, −50%): an index of them would mean nothing. */
const changeUnits = new Set(["percent"]);

function overlapsYears(point: TrendPoint, view: TrendView): boolean {
  if (view.since !== undefined && point.periodEnd < `${view.since}-01-01`) return false;
  if (view.until !== undefined && point.periodStart > `${view.until}-12-31`) return false;
  return true;
}

/** 87.5 for 3.5 on a base of 4: one decimal, enough to read a chart and to compare in a spreadsheet. */
function indexText(value: number, base: number): string {
  return (Math.round((value / base) * 1000) / 10).toFixed(1);
}

function indexSeries(series: TrendSeries): { series: TrendSeries } | { refusal: string } {
  const first = series.points[0];
  if (!first) return { series };
  const firstPeriod = series.points.filter((point) => point.periodStart === first.periodStart && point.periodEnd === first.periodEnd);
  if (firstPeriod.some((point) => point.disagrees)) {
    return { refusal: `${series.label}: its sources disagree on its first period (${first.periodLabel}), so no value can be 100` };
  }
  if (!(first.value > 0))
    return { refusal: `${series.label}: its first period (${first.periodLabel}) is not above zero, so it cannot be 100` };
  const base = first.value;
  return {
    series: {
      ...series,
      points: series.points.map((point) => {
        const valueText = indexText(point.value, base);
        return { ...point, value: Number(valueText), valueText, indexed: { valueText: point.valueText, basePeriod: first.periodLabel } };
      }),
    },
  };
}

export function applyTrendView(trend: { series: TrendSeries[]; metric: { unit: string } }, view: TrendView): AppliedTrendView {
  const all = trend.series.flatMap((series) => series.points);
  const years = [...new Set(all.flatMap((point) => [Number(point.periodStart.slice(0, 4)), Number(point.periodEnd.slice(0, 4))]))].sort(
    (a, b) => a - b,
  );
  const publishers = [...new Set(all.map((point) => point.source.publisher))].sort((a, b) => a.localeCompare(b));
  const hidden = new Set(view.hide);
  const notices: string[] = [];

  let series = trend.series
    .map((entry) => {
      const points = entry.points
        .filter((point) => !hidden.has(point.source.publisher) && overlapsYears(point, view))
        .map((point) => ({ ...point }));
      // With a source hidden, a period it contradicted has one value again, and its line may join.
      markDisagreements(points);
      return { ...entry, points };
    })
    .filter((entry) => entry.points.length > 0);

  const indexRefusal = changeUnits.has(trend.metric.unit)
    ? "These figures are already changes in percent; an index of them would mean nothing"
    : null;
  let mode = view.mode;
  if (mode === "indexed" && indexRefusal) {
    notices.push(`Shown as absolute values: ${indexRefusal.charAt(0).toLowerCase()}${indexRefusal.slice(1)}.`);
    mode = "absolute";
  }
  if (mode === "indexed") {
    const indexed: TrendSeries[] = [];
    for (const entry of series) {
      const result = indexSeries(entry);
      if ("refusal" in result) notices.push(`Left out of the index: ${result.refusal}.`);
      else indexed.push(result.series);
    }
    series = indexed;
  }

  const values = series.flatMap((entry) => entry.points.map((point) => point.value));
  const lowest = values.length > 0 ? Math.min(...values) : 0;
  const logRefusal =
    values.length === 0
      ? "There are no figures to draw"
      : lowest > 0
        ? null
        : `A log scale cannot place values at or below zero (the lowest shown is ${formatNumber(String(lowest))})`;
  let scale = view.scale;
  if (scale === "log" && logRefusal) {
    notices.push(`Drawn on a linear scale: ${logRefusal.charAt(0).toLowerCase()}${logRefusal.slice(1)}.`);
    scale = "linear";
  }
  const unknownHidden = view.hide.filter((publisher) => !publishers.includes(publisher));
  if (unknownHidden.length > 0) notices.push(`No figure on this chart is from ${unknownHidden.map((name) => `“${name}”`).join(", ")}.`);
  return { series, mode, scale, notices, indexRefusal, logRefusal, years, publishers };
}
