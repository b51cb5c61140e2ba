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
