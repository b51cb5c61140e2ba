import type { DatePrecision, FigureStatus, MetricCategory } from "../data/types";
import { amountFamily, compareAmounts } from "./amounts";

// What became of a claim: a plan or forecast figure with a target date (its period's end), or a planned event.
// Outcomes are computed when read, from the data and the day; only editors' rulings and "supersedes" links are
// stored. The rule, deliberately conservative (what is not clearly evidence is not evidence):
//
// - An editor's ruling (met, missed, overdue, withdrawn, with its reason) decides, whatever the data says.
// - A figure without a target date (blank period end) is "undated": nothing is guessed.
// - Evidence for a figure is a *reported* figure (a claim quoting an official is not a statistic) of the same
//   metric or a scale sister (USD m beside USD bn, compared by exact decimal scaling), with the same subject, the
//   same route and exactly the same period (a fiscal year is no evidence for a calendar-year target, nor are
//   nine months for a year).
// - A target is read as "at least X" when its metric counts an amount of trade, cargo or revenue (categories
//   trade, transit and maritime, in an amount unit): met if every piece of evidence is ≥ X, missed if every one
//   is < X, "unclear" if the sources fall on both sides. Anything else with evidence (days, percentages, costs,
//   where "more" is not obviously better) is "unclear" until an editor rules.
// - Evidence for a planned event is a happened event that names it as the claim it supersedes (an editor's
//   link): met if it happened by the planned date (read at the planned date's precision: "March 2026" runs to
//   31 March), missed if it happened after it, unclear if the dates' precisions overlap the deadline.
// - Otherwise the date decides: "pending" until the target date has passed, then "overdue".

export const claimOutcomes = ["pending", "met", "missed", "overdue", "unclear", "withdrawn", "undated"] as const;
export type ClaimOutcome = (typeof claimOutcomes)[number];

export const rulingOutcomes = ["met", "missed", "overdue", "withdrawn"] as const;
export type RulingOutcome = (typeof rulingOutcomes)[number];

export type Ruling = { outcome: RulingOutcome; reason: string };

/** What the outcome function needs of a figure; callers pass their own richer figures and get them back. */
export type OutcomeFigure = {
  id: number;
  metric: { slug: string; unit: string; category: MetricCategory };
  route: { slug: string } | null;
  subject: string;
  periodStart: string | null;
  periodEnd: string | null;
  value: string;
  status: FigureStatus;
};

export type OutcomeEvent = { id: number; date: string; datePrecision: DatePrecision; status: "happened" | "planned" };

/** How an outcome was decided. `evidence` lists what the data offered even when a ruling decided. */
export type Decision<Evidence> = {
  outcome: ClaimOutcome;
  basis: "ruling" | "evidence" | "date" | "undated";
  /** The last day the claim had (ISO date), or null when undated. */
  dueDate: string | null;
  evidence: Evidence[];
};

/** Today's date in UTC (ISO), the day outcomes are decided on. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

export const isClaimStatus = (status: FigureStatus) => status === "plan" || status === "forecast";

/** Categories whose amounts are read as "at least": volumes of trade, cargo, containers, revenue. */
const atLeastCategories: ReadonlySet<MetricCategory> = new Set(["trade", "transit", "maritime"]);

function sameMeasure(claim: OutcomeFigure, candidate: OutcomeFigure): boolean {
  if (candidate.metric.slug === claim.metric.slug) return true;
  const family = amountFamily(claim.metric);
  return family !== null && family === amountFamily(candidate.metric);
}

/** The reported figures among `candidates` that count as evidence for `claim` (see the rule above). */
export function evidenceFor<F extends OutcomeFigure>(claim: OutcomeFigure, candidates: readonly F[]): F[] {
  if (!claim.periodEnd) return [];
  return candidates.filter(
    (candidate) =>
      candidate.id !== claim.id &&
      candidate.status === "reported" &&
      candidate.subject.trim() === claim.subject.trim() &&
      (candidate.route?.slug ?? null) === (claim.route?.slug ?? null) &&
      candidate.periodStart === claim.periodStart &&
      candidate.periodEnd === claim.periodEnd &&
      sameMeasure(claim, candidate),
  );
}

/** Whether a target of this metric is read as "at least X": an amount of trade, cargo or revenue (see the rule). */
export const readsAsAtLeast = (metric: OutcomeFigure["metric"]) => atLeastCategories.has(metric.category) && amountFamily(metric) !== null;

function fromEvidence(claim: OutcomeFigure, evidence: readonly OutcomeFigure[]): "met" | "missed" | "unclear" {
  if (!readsAsAtLeast(claim.metric)) return "unclear";
  const reached = evidence.map(
    (report) => compareAmounts({ value: report.value, unit: report.metric.unit }, { value: claim.value, unit: claim.metric.unit }) >= 0,
  );
  if (reached.every(Boolean)) return "met";
  if (reached.every((value) => !value)) return "missed";
  return "unclear";
}

/**
 * The outcome of a plan or forecast figure on `today` (ISO date), given candidate figures (any superset of the
 * evidence: the function picks what counts) and an editor's ruling, if any.
 */
export function decideFigureOutcome<F extends OutcomeFigure>(
  claim: OutcomeFigure,
  candidates: readonly F[],
  ruling: Ruling | null,
  today: string,
): Decision<F> {
  const evidence = evidenceFor(claim, candidates);
  const dueDate = claim.periodEnd;
  if (ruling) return { outcome: ruling.outcome, basis: "ruling", dueDate, evidence };
  if (!dueDate) return { outcome: "undated", basis: "undated", dueDate: null, evidence };
  if (evidence.length > 0) return { outcome: fromEvidence(claim, evidence), basis: "evidence", dueDate, evidence };
  return { outcome: today > dueDate ? "overdue" : "pending", basis: "date", dueDate, evidence };
}

/** The first and last day a partial date may mean: "2026-03" (month) runs 1–31 March 2026. */
export function partialDateRange(isoDate: string, precision: DatePrecision): { first: string; last: string } {
  const [year = 0, month = 1] = isoDate.split("-").map(Number);
  if (precision === "day") return { first: isoDate, last: isoDate };
  const lastDay = precision === "year" ? new Date(Date.UTC(year, 11, 31)) : new Date(Date.UTC(year, month, 0));
  return { first: isoDate, last: lastDay.toISOString().slice(0, 10) };
}

/**
 * The outcome of a planned event on `today`, given the happened events that name it as the claim they supersede
 * (what became of it) and an editor's ruling, if any.
 */
export function decideEventOutcome<E extends OutcomeEvent>(
  claim: OutcomeEvent,
  fulfilledBy: readonly E[],
  ruling: Ruling | null,
  today: string,
): Decision<E> {
  const dueDate = partialDateRange(claim.date, claim.datePrecision).last;
  const evidence = fulfilledBy.filter((event) => event.status === "happened" && event.id !== claim.id);
  if (ruling) return { outcome: ruling.outcome, basis: "ruling", dueDate, evidence };
  if (evidence.length > 0) {
    const verdicts = evidence.map((event) => {
      const happened = partialDateRange(event.date, event.datePrecision);
      if (happened.last <= dueDate) return "met" as const;
      if (happened.first > dueDate) return "missed" as const;
      return "unclear" as const;
    });
    const outcome = verdicts.every((verdict) => verdict === verdicts[0]) ? verdicts[0]! : "unclear";
    return { outcome, basis: "evidence", dueDate, evidence };
  }
  return { outcome: today > dueDate ? "overdue" : "pending", basis: "date", dueDate, evidence };
}
