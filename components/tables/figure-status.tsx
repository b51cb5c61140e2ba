import type { FigureStatus } from "@/lib/data/types";

const meanings: Record<FigureStatus, string> = {
  reported: "a reported statistic",
  claim: "a claim, not a measured statistic",
  forecast: "a forecast",
  plan: "a plan",
};

/** A status in words, styled by the global .status classes (claims dashed, forecasts and plans dotted). */
export function FigureStatusLabel({ status }: { status: FigureStatus }) {
  return (
    <span className={`status status-${status}`} title={meanings[status]}>
      {status}
    </span>
  );
}
