import "server-only";
import { sql, type RawBuilder } from "kysely";
import { amountFamily, amountUnit } from "../../claims/amounts";
import { readsAsAtLeast, type ClaimOutcome } from "../../claims/claim-outcome";
import type { Reader } from "../reader";
import { liveFigures } from "../live-figures";
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
 * What a query over `figuresWithMetricAndRoute` (alias f) adds to give each row its outcome: `joins` after its
 * FROM clause, `outcome` among its columns (null for reported figures and claims). One pass: each plan or
 * forecast row of the query meets its evidence through one hash join on its measure, subject, route and period,
 * rather than deciding the claims in a subquery of their own and joining that back by id (which read every claim
 * twice and sorted them: at a million figures half the claims list's time).
 */
export async function figureOutcomeSql(
  reader: Reader,
  today: string,
): Promise<{ joins: RawBuilder<unknown>; outcome: RawBuilder<ClaimOutcome | null> }> {
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
        AND evidence.period_start = coalesce(f.period_start, '-infinity') AND evidence.period_end = f.period_end
      LEFT JOIN claim_rulings ruling ON ruling.claim_kind = 'figure' AND ruling.claim_id = f.id`,
    // The evidence says: all reached the target (met), none did (missed), or the sources disagree or the target
    // is not an "at least" (unclear).
    outcome: sql<ClaimOutcome | null>`CASE
      WHEN f.status NOT IN ('plan', 'forecast') THEN NULL
      WHEN ruling.outcome IS NOT NULL AND ruling.reason <> '' THEN ruling.outcome::text
      WHEN f.period_end IS NULL THEN 'undated'
      WHEN evidence.measure IS NOT NULL THEN CASE
        WHEN NOT claim_measure.at_least THEN 'unclear'
        WHEN evidence.low >= ${target} THEN 'met'
        WHEN evidence.high < ${target} THEN 'missed'
        ELSE 'unclear' END
      WHEN ${today}::date > f.period_end THEN 'overdue'
      ELSE 'pending' END`,
  };
}
