import type { FigureStatus } from "@/lib/data/types";

// How a figure's status is drawn, shared by every chart and its legend: reported statistics solid, claims
// hatched with an outline, forecasts and plans light with a dashed outline. Text always names the status too,
// so nothing depends on the pattern alone.

export type StatusStyle = "reported" | "claim" | "projection";

/** The weakest status wins: a range made of a claim and a statistic is drawn as a claim. */
export function statusStyle(statuses: readonly FigureStatus[]): StatusStyle {
  if (statuses.some((status) => status === "forecast" || status === "plan")) return "projection";
  if (statuses.includes("claim")) return "claim";
  return "reported";
}

export const statusStyleLabels: Record<StatusStyle, string> = {
  reported: "Reported statistic: solid",
  claim: "Claim (not an official statistic): hatched, outlined",
  projection: "Forecast or plan: light, dashed outline",
};

/** "reported", "claim", "claim and reported": the statuses in words, in a fixed order. */
export function statusesInWords(statuses: readonly FigureStatus[]): string {
  const order: FigureStatus[] = ["reported", "claim", "forecast", "plan"];
  return order.filter((status) => statuses.includes(status)).join(" and ");
}

/** A bar's fill and outline for one status, as SVG presentation attributes (camelCase, as React spells them). */
export type StatusPaint = { fill: string; stroke: string; strokeWidth: number; fillOpacity?: number; strokeDasharray?: string };

/** The paint of a bar of one status; `hatchId` names the route colour's hatch pattern, used for claims. */
export function statusPaint(style: StatusStyle, colour: string, hatchId: string): StatusPaint {
  switch (style) {
    case "reported":
      return { fill: colour, stroke: colour, strokeWidth: 1 };
    case "claim":
      return { fill: `url(#${hatchId})`, stroke: colour, strokeWidth: 1.5 };
    case "projection":
      return { fill: colour, fillOpacity: 0.3, stroke: colour, strokeWidth: 1.5, strokeDasharray: "4 3" };
  }
}

/** The hatch of a claim's bar: stripes of the route's colour on white, 6 units apart at 45°. */
export const hatch = { size: 6, angle: 45, stripeWidth: 2.5, background: "#ffffff" } as const;
