import type {
  ComparisonMeasure,
  ComparisonRow,
  ComparisonValue,
  RouteComparison,
  TrendChartData,
  TrendPoint,
  TrendSeries,
} from "@/lib/data/types";
import { formatPeriod } from "@/lib/format/format-date";
import { formatNumber, formatNumberRange, formatRange, formatValue } from "@/lib/format/format-number";
import { withoutParenthetical } from "@/lib/format/without-parenthetical";
import { unitRatio } from "@/lib/metrics/scale-family";
import { statusesInWords } from "./status-encoding";
import { firstOf } from "@/lib/sources/first-of";

// Plain-language text around the charts: titles that state the finding, summaries for screen readers, notes.
// Built from the data so that a corrected figure can never leave a stale sentence behind; pure, so server pages
// and client charts share them.

/** "7,200 km", or "45–60 days" for a range. */
export function comparisonValueText(value: Pick<ComparisonValue, "low" | "high" | "unit">): string {
  return value.low === value.high ? formatValue(value.low, value.unit) : formatRange(value.low, value.high, value.unit);
}

/** When a compared figure is from: its period, else the year its sources published it ("as of 2020"). */
export function comparisonWhen(value: ComparisonValue): string {
  if (value.periodLabels.length > 0) return value.periodLabels.join("; ");
  const years = value.sources
    .map((source) => source.date?.slice(0, 4))
    .filter((year): year is string => year !== undefined)
    .sort();
  return years.length > 0 ? `as of ${years.at(-1)}` : "undated";
}

/** "3,400 USD per TEU (claim, 2020)": a compared value with what it is and when, wherever values are compared. */
export function comparisonValueWithWhen(value: ComparisonValue): string {
  const claim = value.statuses.every((status) => status !== "reported");
  return `${comparisonValueText(value)} (${claim ? `${statusesInWords(value.statuses)}, ` : ""}${comparisonWhen(value)})`;
}

/** "Middle Corridor (Trans-Caspian International Transport Route)" → "Middle Corridor", for sentences and axes. */
export function shortRouteName(name: string): string {
  return withoutParenthetical(name);
}

const comparatives: Record<ComparisonMeasure, { lower: string; higher: string; preposition: string }> = {
  distance: { lower: "shorter", higher: "longer", preposition: "by" },
  transit_time: { lower: "faster", higher: "slower", preposition: "by" },
  freight_cost: { lower: "cheaper", higher: "more expensive", preposition: "by" },
  volume: { lower: "carried less", higher: "carried more", preposition: "on" },
};

/**
 * The finding of a route comparison in one sentence, each route named once: the first INSTC branch with a figure
 * against the first alternative with one ("The INSTC western route is claimed to be shorter: 7,200 km (undated)
 * against 16,000 km (claim, undated) by the Suez Canal sea route"; "A and B are comparable: 15–18 days (2023) and
 * 10–24 days (claim, as of 2022)"). Every value keeps its unit, its status unless the verb already says "claimed",
 * and its date. Falls back to the comparison's title when one side has no data.
 */
export function comparisonFinding(comparison: RouteComparison): string {
  const withValue = (row: ComparisonRow): row is ComparisonRow & { value: ComparisonValue } => row.value !== null;
  const instc = comparison.rows.filter((row) => row.route.kind === "instc").find(withValue);
  const alternative = comparison.rows.filter((row) => row.route.kind === "alternative").find(withValue);
  if (!instc || !alternative) {
    const known = comparison.rows.filter(withValue);
    if (known.length === 0) return `${comparison.title}: no route has a figure yet`;
    return `${comparison.title}: only ${known.map((row) => `the ${shortRouteName(row.route.name)}`).join(" and ")} ${known.length === 1 ? "has" : "have"} a figure`;
  }
  const words = comparatives[comparison.measure];
  const a = instc.value;
  const b = alternative.value;
  const subject = `The ${shortRouteName(instc.route.name)}`;
  const other = `the ${shortRouteName(alternative.route.name)}`;
  // Both routes are named before the colon, so the figures follow in that order and name neither again.
  if (a.plotHigh >= b.plotLow && a.plotLow <= b.plotHigh)
    return `${subject} and ${other} are comparable: ${comparisonValueWithWhen(a)} and ${comparisonValueWithWhen(b)}`;
  const word = a.plotHigh < b.plotLow ? words.lower : words.higher;
  const against = `against ${comparisonValueWithWhen(b)} ${words.preposition} ${other}`;
  if (comparison.measure === "volume") return `${subject} ${word}: ${comparisonValueWithWhen(a)} ${against}`;
  const claimed = a.statuses.every((status) => status !== "reported");
  // "is claimed to be" says the status of the subject's figure; its parenthesis then gives only its date.
  const first = claimed ? `${comparisonValueText(a)} (${comparisonWhen(a)})` : comparisonValueWithWhen(a);
  return `${subject} ${claimed ? "is claimed to be" : "is"} ${word}: ${first} ${against}`;
}

/** A screen-reader summary of a comparison: every route, its value or "no data", status and period. */
export function describeComparison(comparison: RouteComparison): string {
  const rows = comparison.rows.map((row) => {
    if (!row.value) return `${row.route.name}: ${unlikeText(row) ?? "no data."}`;
    const period = row.value.periodLabels.length > 0 ? `, ${row.value.periodLabels.join(" and ")}` : "";
    return `${row.route.name}: ${comparisonValueText(row.value)} (${statusesInWords(row.value.statuses)}${period}).`;
  });
  return `Bar chart: ${comparison.title}, in ${comparison.unit}, one bar per route. ${rows.join(" ")}`;
}

type PeriodValues = { start: string; end: string; label: string; points: TrendPoint[]; low: TrendPoint; high: TrendPoint };

/** The points of a series grouped by period, in time order; several points mean the sources disagree. */
export function periodsOf(series: TrendSeries): PeriodValues[] {
  const periods = new Map<string, TrendPoint[]>();
  for (const point of series.points) {
    const key = `${point.periodStart}/${point.periodEnd}`;
    periods.set(key, [...(periods.get(key) ?? []), point]);
  }
  return [...periods.values()].map((points) => {
    const sorted = [...points].sort((a, b) => a.value - b.value);
    const first = sorted[0]!;
    return {
      start: first.periodStart,
      end: first.periodEnd,
      label: pointPeriod(first),
      points: sorted,
      low: first,
      high: sorted.at(-1)!,
    };
  });
}

/** "2022", "H1 2023", "Jan–Sep 2024". */
export function pointPeriod(point: TrendPoint): string {
  return formatPeriod(point.periodStart, point.periodEnd) ?? point.periodLabel;
}

function periodValueText(period: PeriodValues, unit: string, withUnit = true): string {
  const single = period.low.valueText === period.high.valueText || period.low.value === period.high.value;
  if (withUnit) {
    return single
      ? formatValue(period.low.valueText, unit)
      : `${formatRange(period.low.valueText, period.high.valueText, unit)} (sources disagree)`;
  }
  if (single) return formatNumber(period.low.valueText);
  // After "to" or "from", a range that itself reads "−61 to −43.1" would run into them: "to between −61 and −43.1".
  const range = formatNumberRange(period.low.valueText, period.high.valueText);
  return range.includes(" to ") ? `between ${range.replace(" to ", " and ")}` : range;
}

/**
 * The finding of a trend in one sentence, the unit given once: how the longest comparable series moved ("rose
 * from 2.22 USD bn in 2020 to 4.6–4.9 in 2022, then fell to 4.0 in 2023"), plus the latest figure when it belongs
 * to another kind of period. A range is a period where sources disagree.
 */
export function trendFinding(trend: TrendChartData): string {
  const { name, unit } = trend.metric;
  // What happened is told from reported figures and claims; a forecast or plan is never where a line "rose to".
  const isProjection = (point: TrendPoint) => point.status === "forecast" || point.status === "plan";
  const happened = trend.series
    .map((series) => ({ ...series, points: series.points.filter((point) => !isProjection(point)) }))
    .filter((series) => series.points.length > 0);
  const projections = trend.series.flatMap((series) => series.points.filter(isProjection));
  if (happened.length === 0) {
    const target = [...projections].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd)).at(-1);
    return target
      ? `${name}: only forecasts and plans so far, the latest ${formatValue(target.valueText, unit)} for ${pointPeriod(target)} (${target.status})`
      : `${name}: no dated figures yet`;
  }
  const sentence = happenedFinding({ ...trend, series: happened });
  const lastEnd = happened
    .flatMap((series) => series.points)
    .reduce((latest, point) => (point.periodEnd > latest ? point.periodEnd : latest), "");
  const ahead = projections
    .filter((point) => point.periodEnd > lastEnd)
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.value - b.value);
  const target = ahead.at(-1);
  return target
    ? `${sentence}; ${target.status === "plan" ? "planned" : "forecast"}: ${formatValue(target.valueText, unit)} for ${pointPeriod(target)}`
    : sentence;
}

function happenedFinding(trend: TrendChartData): string {
  const { name, unit } = trend.metric;
  const allPeriods = trend.series.map((series) => ({ series, periods: periodsOf(series) }));
  const main = allPeriods.find(({ periods }) => periods.length >= 2) ?? allPeriods[0];
  if (!main || main.periods.length === 0) return `${name}: no dated figures yet`;
  const { periods } = main;
  const first = periods[0]!;
  const last = periods.at(-1)!;
  const withUnit = (period: PeriodValues) => `${periodValueText(period, unit)} in ${period.label}`;
  const bare = (period: PeriodValues) => `${periodValueText(period, unit, false)} in ${period.label}`;
  let sentence: string;
  if (periods.length === 1) {
    sentence = `${name} was ${withUnit(first)}`;
  } else {
    const peak = periods.reduce((best, period) => (period.high.value > best.high.value ? period : best));
    if (peak !== first && peak !== last && peak.high.value > last.high.value) {
      sentence = `${name} rose from ${withUnit(first)} to ${bare(peak)}, then fell to ${bare(last)}`;
    } else if (last.high.value > first.high.value) {
      sentence = `${name} rose from ${withUnit(first)} to ${bare(last)}`;
    } else if (last.high.value < first.high.value) {
      sentence = `${name} fell from ${withUnit(first)} to ${bare(last)}`;
    } else {
      sentence = `${name} was ${withUnit(first)} and again in ${last.label}`;
    }
  }
  const latest = allPeriods
    .flatMap(({ series, periods: list }) => list.map((period) => ({ series, period })))
    .sort((a, b) => a.period.end.localeCompare(b.period.end) || b.period.start.localeCompare(a.period.start))
    .at(-1);
  if (latest && latest.series !== main.series && latest.period.end > last.end) {
    sentence += ` (latest: ${bare(latest.period)})`;
  }
  return sentence;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** How many periods a note lists by name, and how many disagreements it spells out, before it counts the rest. */
const namedPeriods = 8;
const namedDisagreements = 3;

/** The notes that matter under a trend chart: part-year series, disagreeing sources, figures off the time axis. */
export function trendNotes(trend: TrendChartData): string[] {
  const notes: string[] = sisterNotes(trend);
  const { unit } = trend.metric;
  // A note per separate series and per disagreement reads well for a few; a trend of many series (one per route
  // on a metric's page), or where sources disagree on every period, names the first ones and counts the rest,
  // which the table flags one by one.
  const separate: string[] = [];
  const disagreements: { label: string; points: TrendPoint[]; series: string }[] = [];
  for (const series of trend.series) {
    const periods = periodsOf(series);
    if (!series.label.startsWith("Full year") && trend.series.length > 1) {
      const labels = periods.map((period) => period.label);
      const named = labels.length <= namedPeriods ? listInWords(labels) : `${labels.length} periods, ${labels[0]} to ${labels.at(-1)}`;
      separate.push(`${named}: a separate series (${series.label}), never joined by a line to periods of another length.`);
    }
    disagreements.push(...periods.filter((entry) => entry.points.length > 1).map((period) => ({ ...period, series: series.label })));
  }
  const named = firstOf(disagreements, namedDisagreements);
  // "2025" alone is ambiguous when several series (routes) disagree on the same period: each then says its series.
  const labelCounts = new Map<string, number>();
  for (const period of disagreements) labelCounts.set(period.label, (labelCounts.get(period.label) ?? 0) + 1);
  for (const period of named.shown) {
    const where = (labelCounts.get(period.label) ?? 0) > 1 ? `${period.label} (${period.series})` : period.label;
    const values = period.points.map((point) => `${pointValueText(point, unit)} from ${point.source.publisher}`).join(", ");
    const shown = period.points.length === 2 ? "both are shown" : "all are shown";
    notes.push(`${where}: sources disagree (${values}); ${shown} and the line breaks there.`);
  }
  if (named.more > 0)
    notes.push(
      `Sources disagree in ${named.more.toLocaleString("en")} more ${named.more === 1 ? "period" : "periods"}; the table flags each figure.`,
    );
  const namedSeries = firstOf(separate, namedDisagreements);
  notes.push(...namedSeries.shown);
  if (namedSeries.more > 0) notes.push(`${namedSeries.more.toLocaleString("en")} more series of other period lengths are drawn apart too.`);
  if (trend.omitted?.partial && trend.omitted.since) {
    notes.push(
      `Only the latest figures are drawn, and not all of those ending ${trend.omitted.since}: ${trend.omitted.dated.toLocaleString("en")} figures are left out here, and the CSV has them all.`,
    );
  } else if (trend.omitted && trend.omitted.dated > 0 && trend.omitted.since) {
    notes.push(
      `Only periods ending on or after ${trend.omitted.since} are drawn: ${trend.omitted.dated.toLocaleString("en")} older figures are left out here, and the CSV has them all.`,
    );
  }
  if (trend.omitted && trend.omitted.undated > 0) {
    notes.push(`${trend.omitted.undated.toLocaleString("en")} more figures without a period are left out here; the CSV has them all.`);
  }
  if (trend.multiYear.length > 0) {
    const count = trend.multiYear.length;
    notes.push(
      `${count === 1 ? "One figure covers" : `${count} figures cover`} several years together and ${count === 1 ? "is" : "are"} listed in the table only, not drawn among single years.`,
    );
  }
  if (trend.undated.length > 0) {
    notes.push(
      `${trend.undated.length === 1 ? "One figure has" : `${trend.undated.length} figures have`} no period and ${trend.undated.length === 1 ? "is" : "are"} listed in the table only.`,
    );
  }
  return notes;
}

/** A point's value in the chart's unit, and what its source printed if that was another scale. */
export function pointValueText(point: TrendPoint, unit: string): string {
  const value = formatValue(point.valueText, unit);
  return point.printed ? `${value} (printed as ${formatValue(point.printed.valueText, point.printed.unit)})` : value;
}

/**
 * What a family chart says of its scale sisters: how many of its figures were printed at another scale, and how
 * they were brought into the chart's unit (exactly, by a power of ten).
 */
export function sisterNotes(trend: TrendChartData): string[] {
  const { unit } = trend.metric;
  const printed = new Map<string, number>();
  for (const point of trend.series.flatMap((series) => series.points)) {
    if (point.printed) printed.set(point.printed.unit, (printed.get(point.printed.unit) ?? 0) + 1);
  }
  return [...printed.entries()].map(([printedUnit, count]) => {
    const ratio = unitRatio(printedUnit, unit);
    const scale = ratio
      ? `, moved exactly by a power of ten (${formatValue(ratio.from, printedUnit)} = ${formatValue(ratio.to, unit)})`
      : "";
    return `${count === 1 ? "One figure was" : `${count.toLocaleString("en")} figures were`} printed in ${printedUnit} and ${count === 1 ? "is" : "are"} drawn in ${unit}${scale}; the table and tooltips give each as printed.`;
  });
}

/** A screen-reader summary of a trend: every series and its values in time order. */
export function describeTrend(trend: TrendChartData): string {
  const { name, unit } = trend.metric;
  if (trend.series.length === 0) return `${name}: no dated figures to chart.`;
  const series = trend.series.map((entry) => {
    const values = periodsOf(entry).map((period) => `${period.label}: ${periodValueText(period, unit)}`);
    return `${entry.label}: ${values.join("; ")}.`;
  });
  const statuses = new Set(trend.series.flatMap((entry) => entry.points.map((point) => point.status)));
  const statusText = statuses.size > 0 ? ` Figures are ${statusesInWords([...statuses])}.` : "";
  return `Time chart: ${name}, in ${unit}. ${series.join(" ")}${statusText}`;
}

/** The notes that matter under a route comparison: periods, ranges, what a volume counts, routes without data. */
/** Why a route with figures has no value on a Russia–India measure: its figures run between other ends. */
export function unlikeText(row: Pick<ComparisonRow, "unlike"> & { value: unknown }): string | null {
  return row.value === null && row.unlike.length > 0
    ? `Not comparable: its figures are for ${row.unlike.join("; ")}, not Russia–India.`
    : null;
}

export function comparisonNotes(comparison: RouteComparison): string[] {
  const notes: string[] = [];
  for (const { route, value } of comparison.rows) {
    if (!value) continue;
    const parts: string[] = [];
    if (comparison.measure === "volume") parts.push(value.metricNames.join(", "));
    if (value.periodLabels.length > 0) parts.push(value.periodLabels.join("; "));
    // Several sources make a range too: say so, so a spread of sources does not read as one source's range.
    if (value.sources.length > 1)
      parts.push(`${value.figureIds.length} figures from ${value.sources.length} sources, ${comparisonValueText(value)}`);
    else if (value.low !== value.high) parts.push(`given as a range, ${comparisonValueText(value)}`);
    if (parts.length > 0) notes.push(`${shortRouteName(route.name)}: ${parts.join("; ")}.`);
  }
  const unlike = comparison.rows.filter((row) => unlikeText(row) !== null);
  for (const row of unlike) notes.push(`${shortRouteName(row.route.name)}: ${unlikeText(row)}`);
  const missing = comparison.rows
    .filter((row) => row.value === null && !unlike.includes(row))
    .map((row) => `the ${shortRouteName(row.route.name)}`);
  if (missing.length > 0) notes.push(`No figure for ${listInWords(missing)}.`);
  return notes;
}

/** The units a trend's figures were printed in, when some were printed at another scale than the chart's unit. */
export function printedUnits(trend: TrendChartData): string[] {
  return [...new Set(trend.series.flatMap((series) => series.points.flatMap((point) => (point.printed ? [point.printed.unit] : []))))];
}

/** "Russia–Iran trade turnover, in USD bn, with figures printed in USD m": what a trend measures, and in what. */
export function trendSubtitle(trend: TrendChartData): string {
  const printed = printedUnits(trend);
  return `${trend.metric.name}, in ${trend.metric.unit}${printed.length > 0 ? `, with figures printed in ${printed.join(" and ")}` : ""}`;
}
