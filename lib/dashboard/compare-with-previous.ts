import type { TrendPoint, TrendSeries } from "../data/types";

export type PeriodComparison = {
  latest: TrendPoint;
  /** The same period one year earlier, from the same series; null when the data has none. */
  previous: TrendPoint | null;
  /** Percentage change, computed here (not reported by a source), to one decimal; null without a previous value. */
  changePercent: string | null;
};

function yearEarlier(isoDate: string): string {
  return `${Number(isoDate.slice(0, 4)) - 1}${isoDate.slice(4)}`;
}

/**
 * Compares a point with the same period a year earlier in its own series (H1 with H1, a full year with a full
 * year). Where several sources give the previous period, none is picked: the comparison is left empty.
 */
export function compareWithPrevious(series: TrendSeries, latest: TrendPoint): PeriodComparison {
  const candidates = series.points.filter(
    (point) => point.periodStart === yearEarlier(latest.periodStart) && point.periodEnd.slice(5) === latest.periodEnd.slice(5),
  );
  const previous = candidates.length === 1 ? candidates[0]! : null;
  const changePercent = previous && previous.value !== 0 ? (((latest.value - previous.value) / previous.value) * 100).toFixed(1) : null;
  return { latest, previous, changePercent };
}
