import type { FigureView } from "../data/types";

// Which of a metric's figures leads its headline card. Editors choose the metric (its `featured` place); the figure
// follows from the data, so a newer figure takes the lead the day it is entered, and no component names a period.

export type Headline = { lead: FigureView; beneath: FigureView[] };

const reportedFirst = (figure: FigureView) => (figure.status === "reported" ? 0 : 1);

/**
 * The most recent period first (the latest end), and of periods ending together the longest (a full year before
 * its Jan–Apr); reported statistics before claims, forecasts and plans, so a target for next year never leads;
 * then the latest publication. Undated figures come last.
 */
export function byRecency(a: FigureView, b: FigureView): number {
  if ((a.periodEnd === null) !== (b.periodEnd === null)) return a.periodEnd === null ? 1 : -1;
  return (
    (b.periodEnd ?? "").localeCompare(a.periodEnd ?? "") ||
    (a.periodStart ?? "").localeCompare(b.periodStart ?? "") ||
    (b.source.date ?? "").localeCompare(a.source.date ?? "") ||
    a.id - b.id
  );
}

/** The lead: the most recent reported figure (or, with none reported, the most recent of any); older or narrower periods beneath. */
export function pickHeadline(figures: readonly FigureView[]): Headline | null {
  const ordered = [...figures].sort((a, b) => reportedFirst(a) - reportedFirst(b) || byRecency(a, b));
  const lead = ordered[0];
  if (!lead) return null;
  return { lead, beneath: figures.filter((figure) => figure !== lead).sort(byRecency) };
}
