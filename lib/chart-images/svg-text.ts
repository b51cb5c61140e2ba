import { escapeXml } from "../map/render-route-map";

// Text for the exported images. The PNG is drawn in DejaVu Sans (shipped by the dejavu-fonts-ttf package), so the
// layout estimates widths from DejaVu Sans's advance widths by class of character, rounded up: a line wrapped here
// never runs past the frame in the PNG, and a browser showing the SVG in Verdana or its own sans-serif has room.

export { escapeXml };

/** The family every text of an image asks for; resvg is given DejaVu Sans only, browsers fall back as listed. */
export const imageFontFamily = "DejaVu Sans, Verdana, sans-serif";

const narrow = new Set([..."iljtfrI.,:;'!|()[]{}/ "]);
const wide = new Set([..."mwMW@%"]);

/** Width in em of one character of DejaVu Sans (space 0.32, i 0.28, a 0.61, digits 0.64, M 0.86, capitals 0.72). */
function charWidth(char: string): number {
  if (char === " ") return 0.32;
  if (narrow.has(char)) return 0.36;
  if (wide.has(char)) return 0.92;
  if (/[0-9]/.test(char)) return 0.64;
  if (/[A-Z]/.test(char)) return 0.74;
  if (char === "–" || char === "—" || char === "−") return char === "—" ? 1 : 0.64;
  return 0.62;
}

/** The width of a text in pixels at a font size; bold DejaVu is about 8% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * (bold ? 1.08 : 1);
}

/** Splits a text into lines no wider than `width`, at spaces; a single word longer than the line stays whole. */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter((part) => part !== "")) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, fontSize, bold) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [""];
}

/** Rounded to a tenth of a pixel, so the SVG stays short. */
export const r1 = (value: number) => Math.round(value * 10) / 10;

export type TextStyle = { size: number; bold?: boolean; fill?: string; anchor?: "start" | "middle" | "end" };

/** One <text> of several lines, each a <tspan> `lineHeight` apart; `y` is the first line's baseline. */
export function textBlock(lines: readonly string[], x: number, y: number, style: TextStyle, lineHeight = style.size * 1.3): string {
  const attributes = [
    `x="${r1(x)}"`,
    `y="${r1(y)}"`,
    `font-size="${style.size}"`,
    style.bold ? `font-weight="bold"` : "",
    `fill="${style.fill ?? "#1a1a1a"}"`,
    style.anchor && style.anchor !== "start" ? `text-anchor="${style.anchor}"` : "",
  ].filter((attribute) => attribute !== "");
  const spans = lines.map((line, index) =>
    index === 0 ? escapeXml(line) : `<tspan x="${r1(x)}" dy="${r1(lineHeight)}">${escapeXml(line)}</tspan>`,
  );
  // A multi-line text keeps its first line bare, so a reader of the SVG finds each line as written.
  return `<text ${attributes.join(" ")}>${spans.join("")}</text>`;
}
