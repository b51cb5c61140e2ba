import { comparisonFinding, comparisonNotes, comparisonValueWithWhen, describeComparison } from "../charts/describe-chart";
import { niceTicks } from "../charts/nice-ticks";
import { routeColour } from "../charts/route-colours";
import { statusStyle, statusStyleLabels, type StatusStyle } from "../charts/status-encoding";
import type { ComparisonRow, RouteComparison } from "../data/types";
import { formatNumber } from "../format/format-number";
import { renderImageFrame, type ChartBody, type ImageContext, type LegendItem, type ImageFrame } from "./image-frame";
import { hatchPattern, statusRect, statusSwatch } from "./svg-paint";
import { escapeXml, r1, textBlock, textWidth, wrapText } from "./svg-text";

// A route comparison as an image, drawn as the live chart draws it (components/charts/route-comparison-chart.tsx):
// one row per route with its name above its bar, every bar from zero, a range as a bar to its low end with a
// lighter extension between two end marks up to its high end, routes without a comparable figure named below.

const nameSize = 14;
const nameLine = 18;
const barHeight = 20;
const rowGap = 16;
const labelSize = 13;
const axisHeight = 28;

type Drawn = { row: ComparisonRow & { value: NonNullable<ComparisonRow["value"]> }; colour: string; style: StatusStyle; label: string };

const hatchId = (slug: string) => `cw-hatch-${slug.replace(/[^a-z0-9-]/gi, "")}`;

export function comparisonBody(comparison: RouteComparison, width: number): ChartBody {
  const drawn: Drawn[] = comparison.rows.flatMap((row) =>
    row.value
      ? [
          {
            row: { ...row, value: row.value },
            colour: routeColour(row.route.slug, row.route.kind),
            style: statusStyle(row.value.statuses),
            label: comparisonValueWithWhen(row.value),
          },
        ]
      : [],
  );
  if (drawn.length === 0) {
    return { svg: textBlock(["No route has a comparable figure yet."], 0, 18, { size: 15, fill: "#333333" }), height: 28 };
  }
  const labelRoom = Math.min(width * 0.45, Math.max(...drawn.map((entry) => textWidth(entry.label, labelSize, true))) + 14);
  const plotWidth = width - labelRoom;
  const ticks = niceTicks(0, Math.max(...drawn.map((entry) => entry.row.value.plotHigh)));
  const top = ticks.at(-1) ?? 1;
  const scale = (value: number) => (value / top) * plotWidth;

  const defs = [...new Map(drawn.map((entry) => [entry.row.route.slug, entry.colour])).entries()].map(([slug, colour]) =>
    hatchPattern(hatchId(slug), colour),
  );
  const rows: string[] = [];
  let y = 0;
  for (const { row, colour, style, label } of drawn) {
    const { value } = row;
    const lines = wrapText(row.route.name, width, nameSize, true);
    rows.push(textBlock(lines, 0, y + nameSize, { size: nameSize, bold: true }, nameLine));
    const barTop = y + lines.length * nameLine + 4;
    const isRange = value.low !== value.high;
    const end = Math.max(scale(value.plotHigh), 2);
    const lowEnd = isRange ? Math.max(scale(value.plotLow), 2) : end;
    const parts = [statusRect(0, barTop, lowEnd, barHeight, style, colour, hatchId(row.route.slug))];
    if (isRange) {
      parts.push(
        `<rect class="cw-range" x="${r1(lowEnd)}" y="${r1(barTop + 3)}" width="${r1(Math.max(end - lowEnd, 1))}" height="${barHeight - 6}" fill="${colour}" fill-opacity="0.25" stroke="${colour}" stroke-width="1"/>`,
        `<line x1="${r1(lowEnd)}" x2="${r1(lowEnd)}" y1="${r1(barTop - 4)}" y2="${r1(barTop + barHeight + 4)}" stroke="${colour}" stroke-width="2"/>`,
        `<line x1="${r1(end)}" x2="${r1(end)}" y1="${r1(barTop - 4)}" y2="${r1(barTop + barHeight + 4)}" stroke="${colour}" stroke-width="2"/>`,
      );
    }
    parts.push(textBlock([label], end + 7, barTop + barHeight / 2 + labelSize * 0.36, { size: labelSize, bold: true }));
    rows.push(
      `<g class="cw-bar" data-route="${escapeXml(row.route.slug)}" data-status="${style}" data-low="${value.plotLow}" data-high="${value.plotHigh}">${parts.join("")}</g>`,
    );
    y = barTop + barHeight + rowGap;
  }
  const plotHeight = y - rowGap / 2;
  const grid = ticks.map(
    (tick) =>
      `<line x1="${r1(scale(tick))}" x2="${r1(scale(tick))}" y1="0" y2="${r1(plotHeight)}" stroke="${tick === 0 ? "#8a8a8a" : "#e6e6e6"}" stroke-width="1"/>` +
      textBlock([formatNumber(String(tick))], scale(tick), plotHeight + 18, {
        size: 12,
        fill: "#5a5a5a",
        anchor: tick === 0 ? "start" : "middle",
      }),
  );
  return {
    svg: `<defs>${defs.join("")}</defs><g class="cw-grid">${grid.join("")}</g>${rows.join("")}`,
    height: plotHeight + axisHeight,
  };
}

export function comparisonLegend(comparison: RouteComparison): LegendItem[] {
  const styles = new Set(comparison.rows.flatMap((row) => (row.value ? [statusStyle(row.value.statuses)] : [])));
  const noFigure = comparison.rows.filter((row) => row.value === null && row.unlike.length === 0).map((row) => row.route.name);
  const notComparable = comparison.rows.filter((row) => row.value === null && row.unlike.length > 0).map((row) => row.route.name);
  const items: LegendItem[] = (["reported", "claim", "projection"] as const)
    .filter((style) => styles.has(style))
    .map((style) => ({ swatch: statusSwatch(style), text: statusStyleLabels[style] }));
  if (comparison.rows.some((row) => row.value && row.value.low !== row.value.high)) {
    items.push({ text: "A range: the bar runs to its low end, the lighter part between the end marks up to its high end" });
  }
  if (noFigure.length > 0) items.push({ text: `No figure for: ${noFigure.join(", ")}` });
  if (notComparable.length > 0)
    items.push({ text: `Not comparable (their figures run between other end points): ${notComparable.join(", ")}` });
  items.push({ text: "Blues: INSTC branches; orange and plum: alternatives" });
  return items;
}

/** One comparison measure, framed for an image. */
export function comparisonImageFrame(comparison: RouteComparison): ImageFrame {
  return {
    title: comparisonFinding(comparison),
    subtitle: `${comparison.title}, in ${comparison.unit}`,
    description: describeComparison(comparison),
    body: (width) => comparisonBody(comparison, width),
    legend: comparisonLegend(comparison),
    notes: comparisonNotes(comparison),
    sources: comparison.rows.flatMap((row) => row.value?.sources ?? []),
  };
}

/** The whole image of one comparison measure, as an SVG document. */
export function renderComparisonImage(comparison: RouteComparison, context: ImageContext): string {
  return renderImageFrame(comparisonImageFrame(comparison), context);
}
