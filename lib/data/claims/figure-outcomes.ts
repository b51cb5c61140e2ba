import "server-only";
import { amountFamily } from "../../claims/amounts";
import type { Reader } from "../reader";
import {
  decideFigureOutcome,
  isClaimStatus,
  todayIso,
  type ClaimOutcome,
  type Decision,
  type OutcomeFigure,
  type Ruling,
} from "../../claims/claim-outcome";
import { sql } from "kysely";
import { liveFigures } from "../live-figures";
import { selectFigures } from "../figures/select-figures";
import type { FigureView, MetricCategory } from "../types";

// The outcomes of plan and forecast figures, for any list of figures (a page of the JSON API, a batch of the CSV,
// the claims list): the pure rule in lib/claims decides; this reads what it needs (the metrics' categories and
// scale sisters, editors' rulings, and the reported figures that might be evidence).

export type FigureWithCategory = FigureView & { metric: FigureView["metric"] & { category: MetricCategory } };

type MetricInfo = { id: number; slug: string; unit: string; category: MetricCategory };

/** Each metric's id with the ids of the metrics its figures may be checked against: itself and its scale sisters. */
function sisterPairs(metrics: MetricInfo[], claimMetricSlugs: Set<string>): { from: number[]; to: number[] } {
  const familyOf = (metric: MetricInfo) => amountFamily(metric) ?? `metric:${metric.slug}`;
  const byFamily = new Map<string, number[]>();
  for (const metric of metrics) byFamily.set(familyOf(metric), [...(byFamily.get(familyOf(metric)) ?? []), metric.id]);
  const from: number[] = [];
  const to: number[] = [];
  for (const metric of metrics) {
    if (!claimMetricSlugs.has(metric.slug)) continue;
    for (const sister of byFamily.get(familyOf(metric)) ?? []) {
      from.push(metric.id);
      to.push(sister);
    }
  }
  return { from, to };
}

/**
 * Reported figures that may be evidence for these claims: a sister metric's, same subject, route and period. A
 * narrowing done in SQL so that it uses the (metric_id, route_id, period_end) index however many figures there
 * are; the pure rule checks every condition again and alone decides what counts.
 */
async function evidenceCandidates(db: Reader, claims: FigureView[], metrics: MetricInfo[]): Promise<FigureView[]> {
  const dated = claims.filter((claim) => claim.periodEnd !== null);
  if (dated.length === 0) return [];
  const pairs = sisterPairs(metrics, new Set(dated.map((claim) => claim.metric.slug)));
  return selectFigures(db.kysely, [
    sql`f.status = 'reported'`,
    sql`f.id IN (
      SELECT r.id FROM figures c
      JOIN unnest(${pairs.from}::int[], ${pairs.to}::int[]) AS s(from_id, to_id) ON s.from_id = c.metric_id
      JOIN ${liveFigures(db.kysely)} r ON r.metric_id = s.to_id AND r.period_end = c.period_end AND btrim(r.subject) = btrim(c.subject)
        AND r.route_id IS NOT DISTINCT FROM c.route_id AND r.period_start IS NOT DISTINCT FROM c.period_start
      WHERE c.id = ANY(${dated.map((claim) => claim.id)}::int[]) AND r.status = 'reported')`,
  ]);
}

/** What a claim and its evidence share besides the measure (see `evidenceFor`). */
const evidenceKey = (figure: FigureView) =>
  JSON.stringify([figure.subject.trim(), figure.route?.slug ?? null, figure.periodStart, figure.periodEnd]);

/** The decisions on the plan and forecast figures among `figures`, by figure id; other figures have none. */
export async function decideFigureClaims(
  db: Reader,
  figures: FigureView[],
  today: string,
): Promise<Map<number, Decision<FigureWithCategory>>> {
  const claims = figures.filter((figure) => isClaimStatus(figure.status));
  if (claims.length === 0) return new Map();
  const [metrics, rulings] = await Promise.all([
    db.kysely.selectFrom("metrics").select(["id", "slug", "unit", "category"]).execute(),
    // One array parameter, not one per id: a CSV batch or the claims list can hold more ids than a statement
    // takes parameters (65,535), which `in: [...]` would exceed.
    db.kysely
      .selectFrom("claim_rulings")
      .select(["claim_id as claimId", sql<Ruling["outcome"] | null>`outcome::text`.as("outcome"), "reason"])
      .where("claim_kind", "=", "figure")
      .where(sql<boolean>`claim_id = ANY(${claims.map((claim) => claim.id)}::int[])`)
      .where("outcome", "is not", null)
      .execute(),
  ]);
  const categoryOf = new Map(metrics.map((metric) => [metric.slug, metric.category]));
  const withCategory = (figure: FigureView): FigureWithCategory => ({
    ...figure,
    metric: { ...figure.metric, category: categoryOf.get(figure.metric.slug) ?? "route" },
  });
  // Candidates grouped by subject, route and period, so each claim is offered only its own handful: offering every
  // candidate to every claim made a list of 40,000 claims take a minute. The rule checks each condition again.
  const candidatesByKey = new Map<string, FigureWithCategory[]>();
  for (const candidate of await evidenceCandidates(db, claims, metrics)) {
    const key = evidenceKey(candidate);
    candidatesByKey.set(key, [...(candidatesByKey.get(key) ?? []), withCategory(candidate)]);
  }
  const rulingOf = new Map(
    rulings.flatMap((ruling) =>
      ruling.outcome && ruling.reason ? [[ruling.claimId, { outcome: ruling.outcome, reason: ruling.reason } satisfies Ruling]] : [],
    ),
  );
  return new Map(
    claims.map((claim) => [
      claim.id,
      decideFigureOutcome(
        withCategory(claim) satisfies OutcomeFigure,
        candidatesByKey.get(evidenceKey(claim)) ?? [],
        rulingOf.get(claim.id) ?? null,
        today,
      ),
    ]),
  );
}

/** Just the outcomes, for exports: figure id → outcome, for the plans and forecasts among `figures`. */
export async function figureOutcomes(db: Reader, figures: FigureView[], today: string): Promise<Map<number, ClaimOutcome>> {
  const decisions = await decideFigureClaims(db, figures, today);
  return new Map([...decisions].map(([id, decision]) => [id, decision.outcome]));
}

/** The figures with their outcome (null for reported figures and claims), as the JSON API answers them. */
export async function withOutcomes(
  db: Reader,
  figures: FigureView[],
  today = todayIso(),
): Promise<(FigureView & { outcome: ClaimOutcome | null })[]> {
  const outcomes = await figureOutcomes(db, figures, today);
  return figures.map((figure) => ({ ...figure, outcome: outcomes.get(figure.id) ?? null }));
}
