import { describeTrend, printedUnits, trendFinding, trendNotes, trendSubtitle } from "../charts/describe-chart";
import { niceTicks } from "../charts/nice-ticks";
import {
  disagreeingPublishers,
  disagreementShapes,
  isReported,
  markerPath,
  markerShape,
  seriesColour,
  type MarkerShape,
} from "../charts/trend-encoding";
import { lineSegments } from "../dashboard/build-trend-series";
import type { TrendChartData, TrendPoint } from "../data/types";
import { formatPartialDate } from "../format/format-date";
import { formatNumber } from "../format/format-number";
import { withoutParenthetical } from "../format/without-parenthetical";
import { renderImageFrame, type ChartBody, type ImageContext, type LegendItem } from "./image-frame";
import { escapeXml, r1, textBlock, textWidth } from "./svg-text";

// A trend as an image, drawn as the live chart draws it (components/charts/trend-chart.tsx): a colour per kind of
// period, lines only between consecutive single-valued periods, one marker shape per source where sources
// disagree (side by side, each labelled where there is room), filled markers for reported figures, hollow on dashed
// lines for the rest, numbered event lines. The value axis spans the data: negative values get a negative axis and a
// zero line.

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

function yearDomain(points: readonly TrendPoint[]): { first: number; last: number; domain: [number, number] } {
  const years = points.flatMap((point) => [Number(point.periodStart.slice(0, 4)), Number(point.periodEnd.slice(0, 4))]);
  const first = years.length > 0 ? Math.min(...years) : 2000;
  const last = years.length > 0 ? Math.max(...years) : first;
  return { first, last, domain: [utcYearStart(first), utcYearStart(last + 1)] };
}

export function trendBody(trend: TrendChartData, width: number): ChartBody {
  const points = trend.series.flatMap((series) => series.points);
  if (points.length === 0) return { svg: textBlock(["No dated figures to chart."], 0, 18, { size: 15, fill: "#333333" }), height: 28 };
  const { first, last, domain } = yearDomain(points);
  const events = numberedEvents(trend, domain);

  const values = points.map((point) => point.value);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  // Headroom beyond the extremes keeps the labels of disagreeing sources inside the plot.
  const ticks = niceTicks(min < 0 ? min * 1.15 : 0, max * 1.15);
  const [bottom, top] = [ticks[0] ?? 0, ticks.at(-1) ?? 1];
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
  const yOf = (value: number) => plotTop + ((top - value) / (top - bottom)) * plotHeight;
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
export function trendImageNotes(trend: TrendChartData): string[] {
  const printed = printedUnits(trend);
  const sisters = trend.sisters
    .filter((sister) => printed.includes(sister.unit))
    .map((sister) => `As printed, with their own page and CSV: ${sister.name} (/metrics/${sister.slug}).`);
  const events = numberedEvents(trend, yearDomain(trend.series.flatMap((series) => series.points)).domain).map(
    (event) =>
      `Event ${event.number}: ${formatPartialDate(event.date, event.datePrecision)}, ${event.title}${event.status === "planned" ? " (planned)" : ""}.`,
  );
  return [...trendNotes(trend), ...sisters, ...events];
}

/** The whole image of one trend, as an SVG document. */
export function renderTrendImage(trend: TrendChartData, context: ImageContext): string {
  return renderImageFrame(
    {
      title: trendFinding(trend),
      subtitle: trendSubtitle(trend),
      description: describeTrend(trend),
      body: (width) => trendBody(trend, width),
      legend: trendLegend(trend),
      notes: trendImageNotes(trend),
      sources: trend.series.flatMap((series) => series.points.map((point) => point.source)),
    },
    context,
  );
}
