import { dataLicence } from "../licence/licence";
import { sourceLineText, type ImageFrame } from "./image-frame";
import { escapeXml, imageFontFamily, r1, textBlock, textWidth, wrapText } from "./svg-text";

// A chart as a social card (og:image, twitter:image): 1200 × 630, the 1.91:1 that link previews show whole, drawn
// from the same frame as the downloads (title, the drawing, the sources) with the site's name and the page's address.
// A preview is small: the title is cut to two lines and the sources to two, with "…" where they go on; the image
// downloads and the page carry the rest.

export const socialCardSize = { width: 1200, height: 630 } as const;
export const siteName = "Corridor Watch";

const padding = 36;
const titleSize = 32;
const titleLine = 38;
const small = 15;
const smallLine = 19;

/** At most `count` lines of a wrapped text, the last ending in "…" where the text goes on. */
function clampLines(text: string, width: number, size: number, count: number, bold = false): string[] {
  const lines = wrapText(text, width, size, bold);
  if (lines.length <= count) return lines;
  const kept = lines.slice(0, count);
  let last = kept[count - 1]!;
  while (last.length > 1 && textWidth(`${last}…`, size, bold) > width)
    last = last.slice(0, last.lastIndexOf(" ") > 0 ? last.lastIndexOf(" ") : -1);
  while (/[\s,;:.]$/.test(last)) last = last.slice(0, -1);
  kept[count - 1] = `${last}…`;
  return kept;
}

/**
 * The drawing at the widest size that fits the card's height: a drawing whose height follows its width (the map)
 * is drawn again narrower rather than shrunk, so its text stays readable; anything still too tall is scaled down.
 */
function fittedBody(frame: ImageFrame, maxWidth: number, maxHeight: number) {
  let width = maxWidth;
  let body = frame.body(width);
  if (body.height > maxHeight) {
    const narrower = Math.max(360, Math.floor((maxWidth * maxHeight) / body.height));
    if (narrower < width) {
      width = narrower;
      body = frame.body(width);
    }
  }
  const scale = Math.min(1, maxHeight / body.height);
  return { body, width: width * scale, height: body.height * scale, scale };
}

/** The legend's entries that have a picture (a series, a status), in one row, as many as fit; the words-only notes stay off. */
function legendRow(frame: ImageFrame, width: number): string {
  const size = 14;
  let x = 0;
  const parts: string[] = [];
  for (const item of frame.legend.filter((entry) => entry.swatch)) {
    const itemWidth = 32 + textWidth(item.text, size);
    if (x + itemWidth > width) break;
    parts.push(`<g transform="translate(${r1(x)},0)">${item.swatch}</g>` + textBlock([item.text], x + 32, 11.5, { size, fill: "#333333" }));
    x += itemWidth + 20;
  }
  return parts.join("");
}

/** The card as an SVG document of exactly 1200 × 630. */
export function renderSocialCard(frame: ImageFrame, context: { pageUrl: string }): string {
  const { width, height } = socialCardSize;
  const inner = width - padding * 2;
  const parts: string[] = [];

  // The site's name above the title, the page's address at the foot: a preview is seen without either.
  parts.push(`<rect x="0" y="0" width="${width}" height="8" fill="#1f4e79"/>`);
  parts.push(`<g class="cw-site">${textBlock([siteName], padding, padding + 14, { size: 18, bold: true, fill: "#1f4e79" })}</g>`);
  let y = padding + 28;
  const titleLines = clampLines(frame.title, inner, titleSize, 2, true);
  parts.push(`<g class="cw-title">${textBlock(titleLines, padding, y + titleSize, { size: titleSize, bold: true }, titleLine)}</g>`);
  y += titleLines.length * titleLine + 10;
  parts.push(
    `<g class="cw-subtitle">${textBlock(clampLines(frame.subtitle, inner, 18, 1), padding, y + 18, { size: 18, fill: "#4a4a4a" })}</g>`,
  );
  y += 34;

  const sourceText = "text" in frame.sources ? frame.sources.text : sourceLineText(frame.sources);
  const sourceLines = clampLines(sourceText, inner, small, 2);
  const footer = sourceLines.length * smallLine + 8 + smallLine + padding - 12;
  const legend = legendRow(frame, inner);
  const legendHeight = legend ? 26 : 0;
  const room = height - footer - y - 8 - legendHeight;
  const fitted = fittedBody(frame, inner, room);
  const left = padding + (inner - fitted.width) / 2;
  parts.push(
    `<g class="cw-chart" transform="translate(${r1(left)},${r1(y)})${fitted.scale < 1 ? ` scale(${fitted.scale.toFixed(4)})` : ""}">${fitted.body.svg}</g>`,
  );

  if (legend) parts.push(`<g class="cw-legend" transform="translate(${padding},${r1(height - footer - legendHeight)})">${legend}</g>`);
  let foot = height - footer;
  parts.push(`<line x1="${padding}" x2="${width - padding}" y1="${r1(foot)}" y2="${r1(foot)}" stroke="#cccccc" stroke-width="1"/>`);
  foot += 8;
  parts.push(`<g class="cw-sources">${textBlock(sourceLines, padding, foot + small, { size: small, fill: "#333333" }, smallLine)}</g>`);
  foot += sourceLines.length * smallLine;
  const address = context.pageUrl.replace(/^https?:\/\//, "");
  parts.push(
    `<g class="cw-url">${textBlock([clampLines(`${address} · Data: ${dataLicence.name}`, inner, small, 1, true)[0]!], padding, foot + small, { size: small, bold: true, fill: "#1a1a1a" })}</g>`,
  );

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${imageFontFamily}" role="img" aria-labelledby="cw-image-title cw-image-desc">` +
    `<title id="cw-image-title">${escapeXml(frame.title)}</title>` +
    `<desc id="cw-image-desc">${escapeXml(frame.description)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    // The drawing is clipped to the card, in case a drawing overruns its own height.
    `<clipPath id="cw-card"><rect width="${width}" height="${height}"/></clipPath><g clip-path="url(#cw-card)">${parts.join("")}</g>` +
    `</svg>`
  );
}
