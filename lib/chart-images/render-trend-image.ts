import { describeTrend, pointPeriod, printedUnits, trendFinding, trendNotes, trendSubtitle } from "../charts/describe-chart";
import { logTicks, niceTicks } from "../charts/nice-ticks";
import {
  disagreeingPublishers,
  disagreementShapes,
  isReported,
  markerPath,
  markerShape,
  seriesColour,
  type MarkerShape,
} from "../charts/trend-encoding";
import { applyTrendView, type AppliedTrendView } from "../dashboard/apply-trend-view";
import { lineSegments } from "../dashboard/build-trend-series";
import type { TrendChartData, TrendPoint } from "../data/types";
import { formatPartialDate } from "../format/format-date";
import { defaultTrendView, isDefaultTrendView, type TrendView } from "../filters/trend-view";
import { formatNumber, formatValue } from "../format/format-number";
import { asOfPhrase } from "../sources/source-dates";
import { withoutParenthetical } from "../format/without-parenthetical";
import { renderImageFrame, type ChartBody, type ImageContext, type ImageFrame, type LegendItem } from "./image-frame";
import { escapeXml, r1, textBlock, textWidth, wrapText } from "./svg-text";

// A trend as an image, drawn as the live chart draws it (components/charts/trend-chart.tsx), in the reader's view
// (years, index, scale, hidden sources: applyTrendView, the chart's and the CSV's function): a colour per kind of
// period, lines only between consecutive single-valued periods, one marker shape per source where sources
// disagree (side by side, each labelled where there is room), filled markers for reported figures, hollow on dashed
// lines for the rest, numbered event lines. The value axis spans the data: negative values get a negative axis and a
// zero line; a log axis spans the data only. A trend of one figure is a tile (its value, period, status, source and
// date), not a chart with one dot.

const plotHeight = 360;
const eventRow = 16;
const tickSize = 12;

const utcYearStart = (year: number) => Date.UTC(year, 0, 1);

type Placed = { point: TrendPoint; colour: string; shape: MarkerShape; offset: number; label: { text: string; above: boolean } | null };

function marker(shape: MarkerShape, cx: number, cy: number, colour: string, filled: boolean): string {
  return `<path d="${markerPath(shape, r1(cx), r1(cy))}" fill="${filled ? colour : "#ffffff"}" stroke="${colour}" stroke-width="2"/>`;
}

function markerSwatch(shape: MarkerShape, colour: string, filled: boolean, line?: "solid" | "dashed"): string {
  return (
    (line
      ? `<line x1="1" x2="25" y1="7" y2="7" stroke="${colour}" stroke-width="2"${line === "dashed" ? ' stroke-dasharray="5 3"' : ""}/>`
      : "") + marker(shape, 13, 7, colour, filled)
  );
}

/** The events drawn on the time axis, numbered in date order. */
function numberedEvents(trend: TrendChartData, domain: [number, number]) {
  return trend.events
    .map((event) => ({ ...event, x: Date.parse(`${event.date}T00:00:00Z`) }))
    .filter((event) => event.x >= domain[0] && event.x <= domain[1])
    .map((event, index) => ({ ...event, number: index + 1 }));
}

/** The years drawn: those of the points shown, within the years the reader chose (as the live chart draws them). */
function yearDomain(
  points: readonly TrendPoint[],
  view: TrendView = defaultTrendView,
): { first: number; last: number; domain: [number, number] } {
  const years = points.flatMap((point) => [Number(point.periodStart.slice(0, 4)), Number(point.periodEnd.slice(0, 4))]);
  const first = Math.max(years.length > 0 ? Math.min(...years) : 2000, view.since ?? -Infinity);
  const last = Math.max(first, Math.min(years.length > 0 ? Math.max(...years) : first, view.until ?? Infinity));
  return { first, last, domain: [utcYearStart(first), utcYearStart(last + 1)] };
}

/** How the drawing is scaled: the view's years, and the mode and scale the data allowed (AppliedTrendView). */
export type TrendDrawing = { view: TrendView; mode: AppliedTrendView["mode"]; scale: AppliedTrendView["scale"] };
const plainDrawing: TrendDrawing = { view: defaultTrendView, mode: "absolute", scale: "linear" };

export function trendBody(trend: TrendChartData, width: number, drawing: TrendDrawing = plainDrawing): ChartBody {
  const points = trend.series.flatMap((series) => series.points);
  if (points.length === 0)
    return {
      svg: textBlock([`No dated figures to chart${isDefaultTrendView(drawing.view) ? "" : " in this view"}.`], 0, 18, {
        size: 15,
        fill: "#333333",
      }),
      height: 28,
    };
  const { first, last, domain } = yearDomain(points, drawing.view);
  const events = numberedEvents(trend, domain);

  const values = points.map((point) => point.value);
  const log = drawing.scale === "log" ? logTicks(Math.min(...values), Math.max(...values)) : null;
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  // Headroom beyond the extremes keeps the labels of disagreeing sources inside the plot.
  const ticks = log ?? niceTicks(min < 0 ? min * 1.15 : 0, max * 1.15);
  const [bottom, top] = [ticks[0] ?? 0, ticks.at(-1) ?? 1];
  // On a log axis a value's height is its logarithm's; applyTrendView only allows it for values above zero.
  const scaled = (value: number) => (log ? Math.log10(value) : value);
  const tickLabels = ticks.map((tick) => formatNumber(String(tick)));
  const axisWidth = Math.max(...tickLabels.map((label) => textWidth(label, tickSize))) + 12;
  const plotLeft = axisWidth;
  const plotWidth = width - plotLeft - 16;
  const xOf = (time: number) => plotLeft + ((time - domain[0]) / (domain[1] - domain[0])) * plotWidth;

  // Event numbers stack in rows where events sit close together, as on the page.
  const rowEnds: number[] = [];
  const eventRows = events.map((event) => {
    const x = xOf(event.x);
    let row = rowEnds.findIndex((end) => end + 18 <= x);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = x;
    return row;
  });
  const plotTop = rowEnds.length > 0 ? rowEnds.length * eventRow + 8 : 6;
  const yOf = (value: number) => plotTop + ((scaled(top) - scaled(value)) / (scaled(top) - scaled(bottom))) * plotHeight;
  const plotBottom = plotTop + plotHeight;

  const parts: string[] = [];
  // Horizontal grid and value labels; the zero line is darker, and drawn through the plot when values go negative.
  for (const [index, tick] of ticks.entries()) {
    const y = yOf(tick);
    parts.push(
      `<line${tick === 0 ? ' class="cw-zero"' : ""} x1="${r1(plotLeft)}" x2="${r1(plotLeft + plotWidth)}" y1="${r1(y)}" y2="${r1(y)}" stroke="${tick === 0 ? "#5a5a5a" : "#ececec"}" stroke-width="${tick === 0 ? 1.5 : 1}"/>`,
    );
    parts.push(textBlock([tickLabels[index]!], plotLeft - 8, y + tickSize * 0.35, { size: tickSize, fill: "#5a5a5a", anchor: "end" }));
  }
  // An index's base, 100, as a dashed line, as on the page.
  if (drawing.mode === "indexed" && 100 >= bottom && 100 <= top)
    parts.push(
      `<line class="cw-index-base" x1="${r1(plotLeft)}" x2="${r1(plotLeft + plotWidth)}" y1="${r1(yOf(100))}" y2="${r1(yOf(100))}" stroke="#8a8a8a" stroke-width="1" stroke-dasharray="2 2"/>`,
    );
  // Years: faint lines where each starts, labels mid-year where a full year's point sits, thinned to fit.
  const yearWidth = plotWidth / (last - first + 1);
  const every = Math.max(1, Math.ceil(44 / yearWidth));
  for (let year = first; year <= last; year += 1) {
    if (year > first)
      parts.push(
        `<line x1="${r1(xOf(utcYearStart(year)))}" x2="${r1(xOf(utcYearStart(year)))}" y1="${r1(plotTop)}" y2="${r1(plotBottom)}" stroke="#ececec" stroke-width="1"/>`,
      );
    if ((year - first) % every === 0)
      parts.push(
        textBlock([String(year)], xOf(Date.UTC(year, 6, 2)), plotBottom + 20, { size: tickSize, fill: "#5a5a5a", anchor: "middle" }),
      );
  }
  parts.push(
    `<line x1="${r1(plotLeft)}" x2="${r1(plotLeft + plotWidth)}" y1="${r1(plotBottom)}" y2="${r1(plotBottom)}" stroke="#8a8a8a" stroke-width="1"/>`,
  );

  for (const [index, event] of events.entries()) {
    const x = xOf(event.x);
    const labelY = plotTop - 4 - eventRows[index]! * eventRow;
    parts.push(
      `<g class="cw-event"><title>${escapeXml(`${formatPartialDate(event.date, event.datePrecision)}: ${event.title}`)}</title>` +
        `<line x1="${r1(x)}" x2="${r1(x)}" y1="${r1(labelY + 3)}" y2="${r1(plotBottom)}" stroke="#a8a8a8" stroke-width="1"${event.status === "planned" ? ' stroke-dasharray="3 3"' : ""}/>` +
        textBlock([String(event.number)], x, labelY, { size: 12, fill: "#444444", anchor: "middle" }) +
        `</g>`,
    );
  }

  const publishers = disagreeingPublishers(points);
  const labelSources = points.filter((point) => point.disagrees).length * 90 <= width;
  for (const [index, series] of trend.series.entries()) {
    const colour = seriesColour(index);
    const placed: Placed[] = series.points.map((point) => {
      const samePeriod = series.points.filter((other) => other.periodStart === point.periodStart && other.periodEnd === point.periodEnd);
      const rank = [...samePeriod].sort((a, b) => b.value - a.value).indexOf(point);
      return {
        point,
        colour,
        shape: markerShape(point, publishers),
        offset: samePeriod.length > 1 ? (samePeriod.indexOf(point) - (samePeriod.length - 1) / 2) * 9 : 0,
        label: point.disagrees && labelSources ? { text: withoutParenthetical(point.source.publisher), above: rank === 0 } : null,
      };
    });
    for (const segment of lineSegments(series)) {
      const path = segment.map((point, at) => `${at === 0 ? "M" : "L"}${r1(xOf(point.x))},${r1(yOf(point.value))}`).join(" ");
      const dashed = !segment.every((point) => isReported(point.status));
      parts.push(
        `<path class="cw-line" d="${path}" fill="none" stroke="${colour}" stroke-width="2"${dashed ? ' stroke-dasharray="5 3"' : ""}/>`,
      );
    }
    for (const { point, shape, offset, label } of placed) {
      const x = xOf(point.x) + offset;
      const y = yOf(point.value);
      const nearRight = x > plotLeft + plotWidth - 110;
      parts.push(
        `<g class="cw-point" data-value="${escapeXml(point.valueText)}" data-status="${point.status}" data-source="${escapeXml(point.source.publisher)}" data-shape="${shape}">` +
          marker(shape, x, y, colour, isReported(point.status)) +
          (label
            ? textBlock([label.text], nearRight ? x - 8 : x + 8, label.above ? y - 10 : y + 19, {
                size: 12,
                fill: "#444444",
                anchor: nearRight ? "end" : "start",
              })
            : "") +
          `</g>`,
      );
    }
  }
  return { svg: parts.join(""), height: plotBottom + 30 };
}

export function trendLegend(trend: TrendChartData): LegendItem[] {
  const points = trend.series.flatMap((series) => series.points);
  const publishers = disagreeingPublishers(points);
  const items: LegendItem[] = trend.series.map((series, index) => ({
    swatch: markerSwatch("circle", seriesColour(index), true, lineSegments(series).length > 0 ? "solid" : undefined),
    text: series.label,
  }));
  if (publishers.length > 0) {
    items.push({ text: "Where sources disagree, one shape per source:" });
    for (const [index, publisher] of publishers.entries())
      items.push({ swatch: markerSwatch(disagreementShapes[index % disagreementShapes.length]!, "#2b2b2b", true), text: publisher });
  }
  items.push({ text: "Filled marker: reported statistic" });
  if (points.some((point) => !isReported(point.status)))
    items.push({ swatch: markerSwatch("circle", "#2b2b2b", false, "dashed"), text: "Hollow marker, dashed line: claim, forecast or plan" });
  if (trend.series.some((series) => lineSegments(series).length > 0))
    items.push({ text: "Lines join consecutive periods of the same length only" });
  if (points.some((point) => point.value < 0)) items.push({ text: "Dark line: zero" });
  return items;
}

/** The notes under a trend image: the page's notes, the sister metrics drawn, and the numbered events in words. */
export function trendImageNotes(trend: TrendChartData, view: TrendView = defaultTrendView): string[] {
  const printed = printedUnits(trend);
  const sisters = trend.sisters
    .filter((sister) => printed.includes(sister.unit))
    .map((sister) => `As printed, with their own page and CSV: ${sister.name} (/metrics/${sister.slug}).`);
  const events = numberedEvents(
    trend,
    yearDomain(
      trend.series.flatMap((series) => series.points),
      view,
    ).domain,
  ).map(
    (event) =>
      `Event ${event.number}: ${formatPartialDate(event.date, event.datePrecision)}, ${event.title}${event.status === "planned" ? " (planned)" : ""}.`,
  );
  return [...trendNotes(trend), ...sisters, ...events];
}

/** The reader's view in words, for the subtitle: "2021–2024; index, first period shown = 100; log scale; IFP News hidden". */
export function trendViewWords(view: TrendView, applied: Pick<AppliedTrendView, "mode" | "scale">, unit: string): string[] {
  const words: string[] = [];
  if (view.since !== undefined || view.until !== undefined)
    words.push(
      view.since !== undefined && view.until !== undefined
        ? view.since === view.until
          ? `${view.since} only`
          : `${view.since}–${view.until}`
        : view.since !== undefined
          ? `from ${view.since}`
          : `until ${view.until}`,
    );
  if (applied.mode === "indexed") words.push(`index, first period shown = 100 (from ${unit})`);
  if (applied.scale === "log") words.push("log scale");
  if (view.hide.length > 0) words.push(`not shown: ${[...view.hide].sort().join(", ")}`);
  return words;
}

/** A status in the tile's words, as the legend says them. */
const tileStatus: Record<TrendPoint["status"], string> = {
  reported: "reported statistic",
  claim: "claim (not an official statistic)",
  forecast: "forecast",
  plan: "plan",
};

/** The one figure of a trend as a tile: its value with its unit, period and status, source and date. */
export function singleFigureTile(point: TrendPoint, unit: string, width: number): ChartBody {
  const parts: string[] = [];
  const valueSize = 64;
  parts.push(`<rect class="cw-tile" x="0" y="0" width="${r1(width)}" height="__H__" rx="6" fill="#f5f6f7" stroke="#d6d9dc"/>`);
  let y = 28 + valueSize;
  parts.push(`<g class="cw-tile-value">${textBlock([formatValue(point.valueText, unit)], 28, y, { size: valueSize, bold: true })}</g>`);
  if (point.printed) {
    y += 34;
    parts.push(textBlock([`printed as ${formatValue(point.printed.valueText, point.printed.unit)}`], 28, y, { size: 18, fill: "#4a4a4a" }));
  }
  y += 44;
  parts.push(
    `<g class="cw-tile-period">${textBlock([`${pointPeriod(point)} · ${tileStatus[point.status]}`], 28, y, { size: 22, fill: "#1a1a1a" })}</g>`,
  );
  const sourceLines = wrapText(`Source: ${point.source.publisher}, ${point.source.title} (${asOfPhrase(point.source)})`, width - 56, 17);
  y += 34;
  parts.push(`<g class="cw-tile-source">${textBlock(sourceLines, 28, y, { size: 17, fill: "#333333" }, 23)}</g>`);
  y += (sourceLines.length - 1) * 23 + 34;
  parts.push(textBlock(["The only figure with a period so far, so there is no trend to draw."], 28, y, { size: 15, fill: "#4a4a4a" }));
  const height = y + 26;
  return { svg: parts.join("").replace("__H__", String(r1(height))), height };
}

/**
 * The whole image of one trend in a reader's view, as an SVG document. The title and description are told from the
 * points shown in their own unit (an index is a way of drawing them, not new figures); the subtitle names the view.
 */
export function renderTrendImage(trend: TrendChartData, context: ImageContext, view: TrendView = defaultTrendView): string {
  return renderImageFrame(trendImageFrame(trend, view), context);
}

export function trendImageFrame(trend: TrendChartData, view: TrendView = defaultTrendView): ImageFrame {
  const applied = applyTrendView(trend, view);
  const drawn: TrendChartData = { ...trend, series: applied.series };
  const told: TrendChartData =
    applied.mode === "indexed" ? { ...trend, series: applyTrendView(trend, { ...view, mode: "absolute" }).series } : drawn;
  const points = drawn.series.flatMap((series) => series.points);
  const single = points.length === 1 && applied.mode === "absolute" ? points[0]! : null;
  const viewWords = trendViewWords(view, applied, trend.metric.unit);
  return {
    title: trendFinding(told),
    subtitle: [trendSubtitle(told), ...viewWords].join("; "),
    description:
      describeTrend(told) + (applied.mode === "indexed" ? " Drawn as an index: each series is 100 at its first period shown." : ""),
    body: (width) => (single ? singleFigureTile(single, trend.metric.unit, width) : trendBody(drawn, width, { view, ...applied })),
    legend: single ? [] : trendLegend(drawn),
    notes: [...applied.notices, ...trendImageNotes(told, view)],
    sources: points.map((point) => point.source),
  };
}
