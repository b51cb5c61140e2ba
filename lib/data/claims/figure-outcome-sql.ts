import "server-only";
import { sql, type RawBuilder } from "kysely";
import { amountFamily, amountUnit } from "../../claims/amounts";
import { readsAsAtLeast, type ClaimOutcome } from "../../claims/claim-outcome";
import type { Reader } from "../reader";
import { figuresWithMetricAndRoute, liveFigures } from "../live-figures";
import type { MetricCategory } from "../types";

// The outcome rule of lib/claims/claim-outcome.ts for figures, in SQL, for the readers that decide more claims than
// they could read: the claims list (which counts and pages 400,000 of them) and the whole-dataset CSV export (at a
// million figures, deciding its claims in JavaScript took most of two minutes; inside the COPY it is one hash
// join). The same rule in the same order: an editor's ruling; no target date; the evidence; the date. What only
// the TypeScript knows (which metrics count one quantity at which scale, which read as "at least") travels in as
// a small table of measures, one row per metric, built by the functions the rule itself uses, so SQL and
// TypeScript never keep two tables of units. A property test holds the two to the same answers on random
// datasets, on both databases (tests/integration/claim-outcome-rows.test.ts), and the CSV test compares the
// export's outcome column with the rule's (tests/integration/csv-writers.test.ts).
//
// Subjects are compared after btrim, which strips spaces only where the rule's trim() strips any white space:
// every write path stores subjects trimmed (lib/validation/storable.ts), so the two never see a difference.

type MeasureMetric = { id: number; slug: string; unit: string; category: MetricCategory };

/**
 * One row per metric: `measure` names what its figures are compared with (the scale family of an amount, or the
 * metric alone), `exponent` the power of ten its unit stands for (null if not an amount), `at_least` whether a
 * target of it reads as "at least X". A JSON text: COPY takes no parameters, so it is inlined as one literal.
 */
function measuresJson(metrics: readonly MeasureMetric[]): string {
  return JSON.stringify(
    metrics.map((metric) => ({
      metric_id: metric.id,
      measure: amountFamily(metric) ?? `metric:${metric.id}`,
      exponent: amountUnit(metric.unit)?.exponent ?? null,
      at_least: readsAsAtLeast(metric),
    })),
  );
}

/**
 * The evidence part of the rule, for a query over `figuresWithMetricAndRoute` (alias f): `joins` after its FROM
 * clause bring each plan or forecast row its evidence (one hash join on measure, subject, route and period), and
 * `verdict` says what it says, null where there is none: all reached the target (met), none did (missed), or the
 * sources disagree or the target is not an "at least" (unclear). Reported figures and undated claims get null.
 */
async function evidenceSql(
  reader: Reader,
): Promise<{ joins: RawBuilder<unknown>; verdict: RawBuilder<"met" | "missed" | "unclear" | null> }> {
  const db = reader.kysely;
  const metrics = await db.selectFrom("metrics").select(["id", "slug", "unit", "category"]).execute();
  const measures = (alias: string) => sql`jsonb_to_recordset(${measuresJson(metrics)}::jsonb)
    AS ${sql.raw(alias)}(metric_id int, measure text, exponent int, at_least boolean)`;
  // Reported figures, one row per measure, subject, route and period, with the lowest and highest amount among
  // them (in the measure's base unit, exactly: numeric, not float). Null routes and starts become values that no
  // route or date has, so that the join can hash them.
  const reports = sql`SELECT measure.measure, btrim(e.subject) AS subject, coalesce(e.route_id, 0) AS route_id,
      coalesce(e.period_start, '-infinity') AS period_start, e.period_end,
      min(e.value * power(10::numeric, measure.exponent)) AS low, max(e.value * power(10::numeric, measure.exponent)) AS high
    FROM ${liveFigures(db)} e JOIN ${measures("measure")} ON measure.metric_id = e.metric_id
    WHERE e.status = 'reported' AND e.period_end IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5`;
  // A metric made after `metrics` was read has no measure: its claims find no evidence, as in the rule.
  const target = sql`f.value * power(10::numeric, claim_measure.exponent)`;
  return {
    joins: sql`LEFT JOIN ${measures("claim_measure")} ON claim_measure.metric_id = f.metric_id
      LEFT JOIN (${reports}) evidence ON f.status IN ('plan', 'forecast') AND evidence.measure = claim_measure.measure
        AND evidence.subject = btrim(f.subject) AND evidence.route_id = coalesce(f.route_id, 0)
        AND evidence.period_start = coalesce(f.period_start, '-infinity') AND evidence.period_end = f.period_end`,
    verdict: sql`CASE WHEN evidence.measure IS NULL THEN NULL
        WHEN NOT claim_measure.at_least THEN 'unclear'
        WHEN evidence.low >= ${target} THEN 'met'
        WHEN evidence.high < ${target} THEN 'missed'
        ELSE 'unclear' END`,
  };
}

/** Where the evidence's verdict comes from: decided in the query, or read from claim_evidence (claim-evidence.ts). */
export type EvidenceSource = "decided" | "stored";

/**
 * The rule's order, over whatever relation holds a claim: an editor's ruling (alias `ruling`); no target date; the
 * evidence's verdict; the date.
 */
function outcomeCase(today: string, claim: { due: RawBuilder<unknown>; verdict: RawBuilder<unknown> }): RawBuilder<ClaimOutcome> {
  return sql<ClaimOutcome>`CASE
      WHEN ruling.outcome IS NOT NULL AND ruling.reason <> '' THEN ruling.outcome::text
      WHEN ${claim.due} IS NULL THEN 'undated'
      WHEN ${claim.verdict} IS NOT NULL THEN ${claim.verdict}
      WHEN ${today}::date > ${claim.due} THEN 'overdue'
      ELSE 'pending' END`;
}

const rulingJoin = (claimId: RawBuilder<unknown>) =>
  sql`LEFT JOIN claim_rulings ruling ON ruling.claim_kind = 'figure' AND ruling.claim_id = ${claimId}`;

/** The stored rows of the current rewrite (read only where claimEvidenceCurrent holds). */
const currentGeneration = sql`(SELECT changes_seen FROM claim_evidence_state)`;

/**
 * What a query over `figuresWithMetricAndRoute` (alias f) adds to give each row its outcome: `joins` after its
 * FROM clause, `outcome` among its columns (null for reported figures and claims). "stored" reads the verdicts
 * kept in claim_evidence, which is only right while claimEvidenceCurrent holds in the same snapshot; "decided"
 * decides them in the query, which at a million figures is most of its time.
 */
export async function figureOutcomeSql(
  reader: Reader,
  today: string,
  source: EvidenceSource = "decided",
): Promise<{ joins: RawBuilder<unknown>; outcome: RawBuilder<ClaimOutcome | null> }> {
  const evidence =
    source === "stored"
      ? {
          joins: sql`LEFT JOIN claim_evidence stored ON stored.figure_id = f.id AND stored.generation = ${currentGeneration}`,
          verdict: sql`stored.outcome`,
        }
      : await evidenceSql(reader);
  return {
    joins: sql`${evidence.joins} ${rulingJoin(sql`f.id`)}`,
    outcome: sql<ClaimOutcome | null>`CASE WHEN f.status NOT IN ('plan', 'forecast') THEN NULL
      ELSE ${outcomeCase(today, { due: sql`f.period_end`, verdict: evidence.verdict })} END`,
  };
}

/**
 * The figure claims of a route (or of all) with their outcomes, `claims(id, due, outcome)` as a subquery, from the
 * stored rows alone: no figure row is read, which at a million figures (400,000 claims) is the difference between
 * a second and a fraction of it. Only right where claimEvidenceCurrent holds in the same snapshot.
 */
export function storedClaimsSql(today: string, route: string | undefined): RawBuilder<unknown> {
  return sql`SELECT c.figure_id AS id, c.due, ${outcomeCase(today, { due: sql`c.due`, verdict: sql`c.outcome` })} AS outcome
    FROM claim_evidence c ${route ? sql`JOIN routes r ON r.id = c.route_id AND r.slug = ${route}` : sql``}
    ${rulingJoin(sql`c.figure_id`)}
    WHERE c.generation = ${currentGeneration}`;
}

/**
 * True in a snapshot where claim_evidence was computed from exactly the data it sees: as many data changes as
 * when it was written (every write to public data adds one, lib/data/data-version).
 */
export const claimEvidenceCurrent = sql<boolean>`(${currentGeneration} = (SELECT count(*) FROM data_changes))`;

/**
 * The statement that rewrites claim_evidence whole, from one snapshot: every live plan or forecast, with its
 * target date, route and its evidence's verdict, under the data_changes count that snapshot holds; the rows of
 * earlier counts go.
 */
export async function rewriteClaimEvidenceSql(reader: Reader): Promise<RawBuilder<unknown>> {
  const evidence = await evidenceSql(reader);
  return sql`WITH seen AS (SELECT count(*) AS n FROM data_changes),
    cleared AS (DELETE FROM claim_evidence WHERE generation <> (SELECT n FROM seen)),
    written AS (
      INSERT INTO claim_evidence (figure_id, generation, due, route_id, outcome)
      SELECT f.id, (SELECT n FROM seen), f.period_end, f.route_id, ${evidence.verdict}
      FROM ${figuresWithMetricAndRoute(reader.kysely)} ${evidence.joins}
      WHERE f.status IN ('plan', 'forecast')
      ON CONFLICT DO NOTHING)
    UPDATE claim_evidence_state SET changes_seen = (SELECT n FROM seen)`;
}
