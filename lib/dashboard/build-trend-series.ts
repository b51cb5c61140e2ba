import type { FigureView, TrendPoint, TrendSeries } from "../data/types";
import { shiftDecimal } from "../metrics/scale-family";

// Turns a metric's figures into chart series. Only periods of the same shape (full years, first halves,
// Jan–Sep…) are comparable, so each shape is its own series and a line never joins an H1 to a full year. Nor does
// a line join two routes: when a metric's figures are on several routes, each route is a series of its own, and
// only figures of the same route and period can disagree. Disagreeing sources for one period stay separate
// points: nothing is averaged.

const shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function utc(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/**
 * The kind of period a figure covers, named by what it is: calendar years and their parts, fiscal years that start
 * in another month (India's April–March, the Suez Canal Authority's July–June), Iranian years and their first months
 * (the Iranian year starts on 20 or 21 March), weeks and single days.
 */
function monthShape(start: string, end: string): { key: string; label: string; order: number } {
  const [startYear, startMonth, startDay] = start.split("-").map(Number) as [number, number, number];
  const [endYear, endMonth, endDay] = end.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  const months = (endYear - startYear) * 12 + endMonth - startMonth + 1;
  const wholeMonths = startDay === 1 && endDay === lastDay && months >= 1;
  if (startMonth === 3 && (startDay === 20 || startDay === 21)) {
    // An Iranian year runs to the day before the next Nowruz; its parts end on the 18th–22nd of a later month.
    const span = (endYear - startYear) * 12 + endMonth - startMonth;
    if (span === 12 && endMonth === 3) return { key: "ir-12", label: "Iranian year", order: 5 };
    if (span >= 1 && span < 12 && endDay >= 18 && endDay <= 22) {
      return { key: `ir-${span}`, label: `Iranian year, first ${span} months`, order: 40 + span };
    }
  }
  if (!wholeMonths) {
    const days = Math.round((utc(end) - utc(start)) / 86_400_000) + 1;
    if (days === 1) return { key: "days-1", label: "Single days", order: 98 };
    if (days === 7) return { key: "days-7", label: "Weeks", order: 99 };
    return { key: `days-${days}`, label: `${days}-day periods`, order: 100 };
  }
  const key = `${String(startMonth).padStart(2, "0")}-${String(endMonth).padStart(2, "0")}`;
  if (months === 12 && startMonth === 1) return { key, label: "Full year", order: 0 };
  if (months === 12) {
    return { key, label: `Fiscal year (${shortMonths[startMonth - 1]}–${shortMonths[endMonth - 1]})`, order: 4 };
  }
  if (months === 1) return { key: "months", label: "Months", order: 6 };
  if (months === 3 && startYear === endYear && (startMonth - 1) % 3 === 0) return { key: "quarters", label: "Quarters", order: 3 };
  if (startYear !== endYear) {
    return {
      key: `${key}-${months}`,
      label: `${months} months, ${shortMonths[startMonth - 1]}–${shortMonths[endMonth - 1]}`,
      order: 30 + months,
    };
  }
  if (startMonth === 1 && endMonth === 6) return { key, label: "First half (H1)", order: 1 };
  if (startMonth === 7 && endMonth === 12) return { key, label: "Second half (H2)", order: 2 };
  return { key, label: `${shortMonths[startMonth - 1]}–${shortMonths[endMonth - 1]}`, order: 10 + months };
}

export function isDated(figure: FigureView): figure is FigureView & { periodStart: string; periodEnd: string } {
  return figure.periodStart !== null && figure.periodEnd !== null;
}

/**
 * A figure for several years together (a 2019–2024 total): drawn at its middle it would sit among yearly values
 * at six times their size, so it is kept off the time axis and listed beside it. A year is at most 366 days, and an
 * Iranian or fiscal year a day or two more at its ends.
 */
export function spansYears(figure: FigureView & { periodStart: string; periodEnd: string }): boolean {
  return (utc(figure.periodEnd) - utc(figure.periodStart)) / 86_400_000 + 1 > 370;
}

/** How a chart draws figures printed at another scale: in its `unit`, each moved by `shiftOf` powers of ten. */
export type TrendScale = { unit: string; shiftOf: (figure: FigureView) => number };

export function buildTrendSeries(
  figures: FigureView[],
  scale?: TrendScale,
): { series: TrendSeries[]; undated: FigureView[]; multiYear: FigureView[] } {
  const byShape = new Map<string, { label: string; order: number; route: string; points: TrendPoint[] }>();
  const undated: FigureView[] = [];
  const multiYear: FigureView[] = [];
  const routes = new Set(figures.filter(isDated).map((figure) => figure.route?.slug ?? ""));
  const perRoute = routes.size > 1;
  for (const figure of figures) {
    if (!isDated(figure)) {
      undated.push(figure);
      continue;
    }
    if (spansYears(figure)) {
      multiYear.push(figure);
      continue;
    }
    const shape = monthShape(figure.periodStart, figure.periodEnd);
    const route = figure.route?.name ?? "No single route";
    const key = perRoute ? `${figure.route?.slug ?? "none"}/${shape.key}` : shape.key;
    const series = byShape.get(key) ?? {
      label: perRoute ? `${shape.label}, ${route}` : shape.label,
      order: shape.order,
      route,
      points: [],
    };
    byShape.set(key, series);
    const shift = scale?.shiftOf(figure) ?? 0;
    const valueText = shiftDecimal(figure.value, shift);
    series.points.push({
      figureId: figure.id,
      periodStart: figure.periodStart,
      periodEnd: figure.periodEnd,
      periodLabel: figure.periodLabel ?? `${figure.periodStart} to ${figure.periodEnd}`,
      x: (utc(figure.periodStart) + utc(figure.periodEnd) + 86_400_000) / 2,
      value: Number(valueText),
      valueText,
      printed: shift === 0 ? null : { valueText: figure.value, unit: figure.metric.unit },
      status: figure.status,
      source: figure.source,
      disagrees: false,
    });
  }
  for (const series of byShape.values()) {
    series.points.sort((a, b) => a.x - b.x || a.value - b.value || a.figureId - b.figureId);
    markDisagreements(series.points);
  }
  const series = [...byShape.entries()]
    .sort(([keyA, a], [keyB, b]) => a.order - b.order || a.route.localeCompare(b.route) || keyA.localeCompare(keyB))
    .map(([key, { label, points }]) => ({ key, label, points }));
  return { series, undated, multiYear };
}

/** Sets `disagrees` on each point another source contradicts for the same period (again after sources are hidden). */
export function markDisagreements(points: TrendPoint[]): void {
  for (const point of points) {
    point.disagrees = points.some(
      (other) =>
        other !== point &&
        other.periodStart === point.periodStart &&
        other.periodEnd === point.periodEnd &&
        other.valueText !== point.valueText &&
        Number(other.valueText) !== Number(point.valueText),
    );
  }
}

/**
 * Segments of a series that may be drawn as one line: consecutive periods with exactly one value each.
 * A period where sources disagree ends a segment, so no line runs through a value chosen among several.
 */
export function lineSegments(series: TrendSeries): TrendPoint[][] {
  const segments: TrendPoint[][] = [];
  let current: TrendPoint[] = [];
  const periods = new Map<string, TrendPoint[]>();
  for (const point of series.points) {
    const key = `${point.periodStart}/${point.periodEnd}`;
    periods.set(key, [...(periods.get(key) ?? []), point]);
  }
  for (const points of periods.values()) {
    if (points.length === 1) {
      current.push(points[0]!);
    } else {
      if (current.length > 1) segments.push(current);
      current = [];
    }
  }
  if (current.length > 1) segments.push(current);
  return segments;
}
