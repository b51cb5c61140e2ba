import type { SourceRef } from "../data/types";
import { dataLicence } from "../licence/licence";
import { asOfPhrase, distinctSources } from "../sources/source-dates";
import { escapeXml, imageFontFamily, r1, textBlock, textWidth, wrapText } from "./svg-text";

// Everything around a chart in an exported image, as the page frames it (components/charts/chart-frame.tsx):
// title, subtitle with the unit, the drawing, its legend, notes, the sources with their dates, then the licence
// and the page's address, since an image is seen without the page.

/** A drawing laid out for a given width: SVG elements placed from (0, 0), and the height they take. */
export type ChartBody = { svg: string; height: number };

/** A legend entry: a small picture (SVG elements within 26 × 14) and the words that say what it means. */
export type LegendItem = { swatch?: string; text: string };

export type ImageFrame = {
  title: string;
  subtitle: string;
  /** A text summary of the chart for screen readers (the SVG's <desc>). */
  description: string;
  body: (width: number) => ChartBody;
  legend: readonly LegendItem[];
  notes: readonly string[];
  /** The figures' sources, cited with their dates; or, for a drawing of no figures (the map), what it is drawn from. */
  sources: readonly SourceRef[] | { text: string };
};

export type ImageContext = {
  /** The absolute address of the page the chart is on. */
  pageUrl: string;
  /** Width of the image in CSS pixels (the PNG is drawn at twice this). */
  width?: number;
};

export const defaultImageWidth = 1200;
const padding = 40;
const swatchWidth = 26;

/** "Sources: Publisher, title (as of May 2024); …." or the plain statement that there is none. */
export function sourceLineText(sources: readonly SourceRef[]): string {
  const cited = distinctSources(sources);
  if (cited.length === 0) return "No source: the data has no figures for this chart.";
  return `${cited.length === 1 ? "Source" : "Sources"}: ${cited.map((source) => `${source.publisher}, ${source.title} (${asOfPhrase(source)})`).join("; ")}.`;
}

export function licenceLineText(): string {
  return `Corridor Watch. Data: ${dataLicence.name} (${dataLicence.url}), attribute “${dataLicence.attribution}”; each figure remains its source’s.`;
}

/** Legend entries flowed left to right in rows, each swatch before its words. */
function legendBlock(items: readonly LegendItem[], width: number, top: number): ChartBody {
  const size = 14;
  const rowHeight = 22;
  let x = 0;
  let y = top;
  const parts: string[] = [];
  for (const item of items) {
    const lines = wrapText(item.text, width - (item.swatch ? swatchWidth + 6 : 0), size);
    const itemWidth = (item.swatch ? swatchWidth + 6 : 0) + Math.max(...lines.map((line) => textWidth(line, size)));
    if (x > 0 && (x + itemWidth > width || lines.length > 1)) {
      x = 0;
      y += rowHeight;
    }
    if (item.swatch) parts.push(`<g transform="translate(${r1(x)},${r1(y)})">${item.swatch}</g>`);
    parts.push(textBlock(lines, x + (item.swatch ? swatchWidth + 6 : 0), y + 11.5, { size, fill: "#333333" }, 19));
    y += (lines.length - 1) * 19;
    x += itemWidth + 22;
    if (lines.length > 1) {
      x = 0;
      y += rowHeight;
    }
  }
  const height = items.length === 0 ? 0 : y - top + (x > 0 ? rowHeight : 0);
  return { svg: `<g class="cw-legend">${parts.join("")}</g>`, height };
}

/** The whole image as one SVG document, `width` wide and as tall as its content. */
export function renderImageFrame(frame: ImageFrame, context: ImageContext): string {
  const width = context.width ?? defaultImageWidth;
  const inner = width - padding * 2;
  const parts: string[] = [];
  let y = padding;

  const titleLines = wrapText(frame.title, inner, 26, true);
  parts.push(`<g class="cw-title">${textBlock(titleLines, padding, y + 24, { size: 26, bold: true }, 32)}</g>`);
  y += titleLines.length * 32 + 4;
  const subtitleLines = wrapText(frame.subtitle, inner, 17);
  parts.push(`<g class="cw-subtitle">${textBlock(subtitleLines, padding, y + 17, { size: 17, fill: "#4a4a4a" }, 22)}</g>`);
  y += subtitleLines.length * 22 + 20;

  const body = frame.body(inner);
  parts.push(`<g class="cw-chart" transform="translate(${padding},${r1(y)})">${body.svg}</g>`);
  y += body.height + 20;

  const legend = legendBlock(frame.legend, inner, 0);
  parts.push(`<g transform="translate(${padding},${r1(y)})">${legend.svg}</g>`);
  y += legend.height + (legend.height > 0 ? 14 : 0);

  const small = 13;
  const smallLine = 17;
  const noteLines = frame.notes.map((note) => wrapText(`${frame.notes.length === 1 ? "Note: " : "• "}${note}`, inner, small));
  if (noteLines.length > 0) {
    parts.push(
      `<g class="cw-notes">${noteLines.map((lines, index) => textBlock(lines, padding, y + small + noteLines.slice(0, index).flat().length * smallLine, { size: small, fill: "#333333" }, smallLine)).join("")}</g>`,
    );
    y += noteLines.flat().length * smallLine + 8;
  }
  const sourceText = "text" in frame.sources ? frame.sources.text : sourceLineText(frame.sources);
  const sourceLines = wrapText(sourceText, inner, small);
  parts.push(`<g class="cw-sources">${textBlock(sourceLines, padding, y + small, { size: small, fill: "#333333" }, smallLine)}</g>`);
  y += sourceLines.length * smallLine + 14;

  parts.push(`<line x1="${padding}" x2="${width - padding}" y1="${r1(y)}" y2="${r1(y)}" stroke="#cccccc" stroke-width="1"/>`);
  y += 8;
  const licenceLines = wrapText(licenceLineText(), inner, 12);
  const urlLines = wrapText(context.pageUrl, inner, 12, true);
  parts.push(
    `<g class="cw-licence">${textBlock(licenceLines, padding, y + 12, { size: 12, fill: "#4a4a4a" }, 16)}</g>` +
      `<g class="cw-url">${textBlock(urlLines, padding, y + 12 + licenceLines.length * 16, { size: 12, bold: true, fill: "#1a1a1a" }, 16)}</g>`,
  );
  y += (licenceLines.length + urlLines.length) * 16 + padding - 8;

  const height = Math.ceil(y);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${imageFontFamily}" role="img" aria-labelledby="cw-image-title cw-image-desc">` +
    `<title id="cw-image-title">${escapeXml(frame.title)}</title>` +
    `<desc id="cw-image-desc">${escapeXml(frame.description)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join("") +
    `</svg>`
  );
}
