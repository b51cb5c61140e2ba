import type { FigureStatus, TrendPoint } from "../data/types";

// How a trend is drawn, shared by the live chart and the image renderer so both look alike: one colour per kind
// of period, one marker shape per source where sources disagree, reported figures filled on solid lines, the rest
// hollow on dashed lines.

export const seriesColours = ["#2b2b2b", "#a05a00", "#1b7f5a", "#7a4fa3"] as const;

export type MarkerShape = "circle" | "square" | "triangle" | "diamond";
export const disagreementShapes: readonly MarkerShape[] = ["square", "triangle", "diamond"];

export const isReported = (status: FigureStatus) => status === "reported";

export function seriesColour(index: number): string {
  return seriesColours[index % seriesColours.length]!;
}

/** The publishers of periods where sources disagree, in first-seen order: each gets its own marker shape. */
export function disagreeingPublishers(points: readonly TrendPoint[]): string[] {
  return [...new Set(points.filter((point) => point.disagrees).map((point) => point.source.publisher))];
}

export function markerShape(point: TrendPoint, publishers: readonly string[]): MarkerShape {
  return point.disagrees
    ? (disagreementShapes[publishers.indexOf(point.source.publisher) % disagreementShapes.length] ?? "circle")
    : "circle";
}

/** A marker's outline as SVG path data, so the chart and the image draw the same shapes at the same size. */
export function markerPath(shape: MarkerShape, cx: number, cy: number): string {
  switch (shape) {
    case "circle":
      return `M${cx - 4.5},${cy} a4.5,4.5 0 1,0 9,0 a4.5,4.5 0 1,0 -9,0 Z`;
    case "square":
      return `M${cx - 4.5},${cy - 4.5} h9 v9 h-9 Z`;
    case "triangle":
      return `M${cx},${cy - 6} L${cx + 5.5},${cy + 4} L${cx - 5.5},${cy + 4} Z`;
    case "diamond":
      return `M${cx},${cy - 6} L${cx + 6},${cy} L${cx},${cy + 6} L${cx - 6},${cy} Z`;
  }
}
