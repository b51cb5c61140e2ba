import { hatch, statusPaint, type StatusPaint, type StatusStyle } from "../charts/status-encoding";
import { r1 } from "./svg-text";

// The live charts' paints (lib/charts) written as SVG attributes, so an image's bars look like the page's.

export function paintAttributes(paint: StatusPaint): string {
  return [
    `fill="${paint.fill}"`,
    paint.fillOpacity !== undefined ? `fill-opacity="${paint.fillOpacity}"` : "",
    `stroke="${paint.stroke}"`,
    `stroke-width="${paint.strokeWidth}"`,
    paint.strokeDasharray ? `stroke-dasharray="${paint.strokeDasharray}"` : "",
  ]
    .filter((attribute) => attribute !== "")
    .join(" ");
}

/** The hatch pattern of a claim in one colour, as the live chart defines it. */
export function hatchPattern(id: string, colour: string): string {
  return (
    `<pattern id="${id}" width="${hatch.size}" height="${hatch.size}" patternUnits="userSpaceOnUse" patternTransform="rotate(${hatch.angle})">` +
    `<rect width="${hatch.size}" height="${hatch.size}" fill="${hatch.background}"/>` +
    `<line x1="0" y1="0" x2="0" y2="${hatch.size}" stroke="${colour}" stroke-width="${hatch.stripeWidth}"/>` +
    `</pattern>`
  );
}

/** A bar's rectangle in a status's paint. */
export function statusRect(
  x: number,
  y: number,
  width: number,
  height: number,
  style: StatusStyle,
  colour: string,
  hatchId: string,
): string {
  return `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(width)}" height="${r1(height)}" ${paintAttributes(statusPaint(style, colour, hatchId))}/>`;
}

/** The legend's picture of a status: a small bar in grey, with its own hatch. */
export function statusSwatch(style: StatusStyle): string {
  const id = `cw-swatch-hatch-${style}`;
  return `${style === "claim" ? `<defs>${hatchPattern(id, "#4a4a4a")}</defs>` : ""}${statusRect(1, 1, 22, 12, style, "#4a4a4a", id)}`;
}
