import "server-only";
import { sql, type RawBuilder } from "kysely";
import { amountFamily, amountUnit } from "../../claims/amounts";
import { readsAsAtLeast, type ClaimOutcome } from "../../claims/claim-outcome";
import type { Reader } from "../reader";
import { figuresWithMetricAndRoute, liveFigures } from "../live-figures";
import { whereClause, type FigureCondition } from "../figures/select-figures";
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
 * FROM clause, `outcome` among its columns (null for reported figures and claims). `claims` narrows the
 * plans and forecasts whose evidence is looked for to the query's own selection (conditions on f, m and r).
 */
export async function figureOutcomeSql(
  reader: Reader,
  today: string,
  claims: FigureCondition[],
): Promise<{ joins: RawBuilder<unknown>; outcome: RawBuilder<ClaimOutcome | null> }> {
  const db = reader.kysely;
  const metrics = await db.selectFrom("metrics").select(["id", "slug", "unit", "category"]).execute();
  const measures = sql`jsonb_to_recordset(${measuresJson(metrics)}::jsonb)
    AS measure(metric_id int, measure text, exponent int, at_least boolean)`;
  // Reported figures, one row per measure, subject, route and period, with the lowest and highest amount among
  // them (in the measure's base unit, exactly: numeric, not float). Null routes and starts become values that no
  // route or date has, so that the join can hash them.
  const reports = sql`SELECT measure.measure, btrim(e.subject) AS subject, coalesce(e.route_id, 0) AS route_id,
      coalesce(e.period_start, '-infinity') AS period_start, e.period_end,
      min(e.value * power(10::numeric, measure.exponent)) AS low, max(e.value * power(10::numeric, measure.exponent)) AS high
    FROM ${liveFigures(db)} e JOIN ${measures} ON measure.metric_id = e.metric_id
    WHERE e.status = 'reported' AND e.period_end IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5`;
  // The selection's dated plans and forecasts that have evidence, with what it says: all reached the target (met),
  // none did (missed), or the sources disagree or the target is not an "at least" (unclear).
  const evidenced = sql`SELECT f.id, CASE
        WHEN NOT measure.at_least THEN 'unclear'
        WHEN evidence.low >= f.value * power(10::numeric, measure.exponent) THEN 'met'
        WHEN evidence.high < f.value * power(10::numeric, measure.exponent) THEN 'missed'
        ELSE 'unclear' END AS outcome
    FROM ${figuresWithMetricAndRoute(db)}
    JOIN ${measures} ON measure.metric_id = f.metric_id
    JOIN (${reports}) evidence ON evidence.measure = measure.measure AND evidence.subject = btrim(f.subject)
      AND evidence.route_id = coalesce(f.route_id, 0) AND evidence.period_start = coalesce(f.period_start, '-infinity')
      AND evidence.period_end = f.period_end
    ${whereClause([...claims, sql`f.status IN ('plan', 'forecast')`])}
    ORDER BY f.id`;
  return {
    joins: sql`LEFT JOIN (${evidenced}) evidenced ON evidenced.id = f.id
      LEFT JOIN claim_rulings ruling ON ruling.claim_kind = 'figure' AND ruling.claim_id = f.id`,
    outcome: sql<ClaimOutcome | null>`CASE
      WHEN f.status NOT IN ('plan', 'forecast') THEN NULL
      WHEN ruling.outcome IS NOT NULL AND ruling.reason <> '' THEN ruling.outcome::text
      WHEN f.period_end IS NULL THEN 'undated'
      WHEN evidenced.outcome IS NOT NULL THEN evidenced.outcome
      WHEN ${today}::date > f.period_end THEN 'overdue'
      ELSE 'pending' END`,
  };
}
