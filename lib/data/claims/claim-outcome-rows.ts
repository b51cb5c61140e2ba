import "server-only";
import { amountFamily, amountUnit } from "../../claims/amounts";
import { readsAsAtLeast, type ClaimOutcome } from "../../claims/claim-outcome";
import { sql, type RawBuilder } from "kysely";
import type { Reader } from "../reader";
import { liveFigures } from "../live-figures";
import type { ClaimRef, MetricCategory } from "../types";

// The outcome of every plan and forecast figure of a selection, decided in SQL so that the claims list can count
// and page 400,000 claims without reading them: the same rule as decideFigureOutcome in lib/claims/claim-outcome.ts,
// in the same order (an editor's ruling; no target date; the evidence; the date). What a metric's unit means (its
// family of scale sisters, its power of ten, whether it reads as "at least") is worked out by lib/claims and passed
// in as arrays, so SQL and TypeScript never keep two tables of units. A property test holds the two to the same
// answers (tests/integration/claim-outcome-rows.test.ts); the list then shows each page's claims as the pure rule
// decides them.

/** A claim as the list orders it: its reference, its target date (null when undated) and its outcome. */
export type ClaimRow = ClaimRef & { due: string | null; outcome: ClaimOutcome };

/** What the list needs of a selection: a tally of its outcomes, and one page of it in the list's order. */
export type ClaimRowsPage = { tally: Map<ClaimOutcome, number>; shown: number; undatedShown: number; rows: ClaimRow[] };

async function metricInfo(db: Reader): Promise<RawBuilder<unknown>> {
  const metrics = await db.kysely.selectFrom("metrics").select(["id", "slug", "unit", "category"]).execute();
  const columns = metrics.map((metric) => ({
    id: metric.id,
    family: amountFamily(metric),
    exponent: amountUnit(metric.unit)?.exponent ?? 0,
    atLeast: readsAsAtLeast({ ...metric, category: metric.category as MetricCategory }),
  }));
  return sql`SELECT * FROM unnest(${columns.map((c) => c.id)}::int[], ${columns.map((c) => c.family)}::text[],
    ${columns.map((c) => c.exponent)}::int[], ${columns.map((c) => c.atLeast)}::boolean[]) AS info(metric_id, family, exponent, at_least)`;
}

/**
 * Every figure claim of the selection with its outcome on `today`, and the given event claims (decided by the pure
 * rule: they are few) beside them, as one SQL relation `claims(kind, id, due, outcome)`.
 */
async function claimRelation(
  db: Reader,
  route: string | undefined,
  today: string,
  events: readonly ClaimRow[],
): Promise<RawBuilder<unknown>> {
  const info = await metricInfo(db);
  const onRoute = route ? sql`AND f.route_id = (SELECT id FROM routes WHERE slug = ${route})` : sql``;
  return sql`
    info AS (${info}),
    claim AS (
      SELECT f.id, f.metric_id, f.route_id, btrim(f.subject) AS subject, f.period_start, f.period_end, f.value, i.family, i.exponent, i.at_least
      FROM ${liveFigures(db.kysely)} f JOIN info i ON i.metric_id = f.metric_id
      WHERE f.status IN ('plan', 'forecast') ${onRoute}
    ),
    -- Evidence: a reported figure of the same metric or a scale sister, same subject, route and exact period.
    verdict AS (
      SELECT c.id,
        CASE WHEN NOT c.at_least THEN 'unclear'
             WHEN bool_and(r.value * power(10::numeric, greatest(ri.exponent - c.exponent, 0)) >= c.value * power(10::numeric, greatest(c.exponent - ri.exponent, 0))) THEN 'met'
             WHEN NOT bool_or(r.value * power(10::numeric, greatest(ri.exponent - c.exponent, 0)) >= c.value * power(10::numeric, greatest(c.exponent - ri.exponent, 0))) THEN 'missed'
             ELSE 'unclear' END AS outcome
      FROM claim c
      JOIN info ri ON ri.metric_id = c.metric_id OR (c.family IS NOT NULL AND ri.family = c.family)
      JOIN ${liveFigures(db.kysely)} r ON r.metric_id = ri.metric_id AND r.status = 'reported' AND r.id <> c.id
        AND r.period_end = c.period_end AND r.period_start IS NOT DISTINCT FROM c.period_start
        AND r.route_id IS NOT DISTINCT FROM c.route_id AND btrim(r.subject) = c.subject
      WHERE c.period_end IS NOT NULL
      GROUP BY c.id, c.at_least
    ),
    claims AS (
      SELECT 'figure' AS kind, c.id, c.period_end AS due,
        COALESCE(ruling.outcome::text, CASE WHEN c.period_end IS NULL THEN 'undated' WHEN v.outcome IS NOT NULL THEN v.outcome
          WHEN ${today}::date > c.period_end THEN 'overdue' ELSE 'pending' END) AS outcome
      FROM claim c LEFT JOIN verdict v ON v.id = c.id
      LEFT JOIN claim_rulings ruling ON ruling.claim_kind = 'figure' AND ruling.claim_id = c.id AND ruling.outcome IS NOT NULL AND ruling.reason IS NOT NULL
      UNION ALL
      SELECT 'event', e.id, e.due, e.outcome
      FROM unnest(${events.map((e) => e.id)}::int[], ${events.map((e) => e.due)}::date[], ${events.map((e) => e.outcome)}::text[]) AS e(id, due, outcome)
    )`;
}

type SqlRow = { kind: "figure" | "event"; id: number; due: string | null; outcome: ClaimOutcome };

/** The outcome of each figure claim of a selection (and of the given event claims), in the list's order. For tests and exports. */
export async function claimOutcomeRows(
  db: Reader,
  { route, today, events = [] }: { route?: string; today: string; events?: readonly ClaimRow[] },
): Promise<ClaimRow[]> {
  const { rows } = await sql<SqlRow>`
    WITH ${await claimRelation(db, route, today, events)}
    SELECT kind, id, to_char(due, 'YYYY-MM-DD') AS due, outcome FROM claims ORDER BY due NULLS LAST, kind DESC, id`.execute(db.kysely);
  return rows;
}

/**
 * A page of the claims list: the tally of outcomes on the selection (before the outcome filter), how many claims the
 * outcome filter shows and how many of those are undated, and the rows of page `page` (at most the last page;
 * dated first, soonest target date first, then undated), all counted and cut in SQL.
 */
export async function claimRowsPage(
  db: Reader,
  {
    route,
    outcome,
    today,
    events,
    page,
    perPage,
  }: { route?: string; outcome?: ClaimOutcome; today: string; events: readonly ClaimRow[]; page: number; perPage: number },
): Promise<ClaimRowsPage & { page: number; pageCount: number }> {
  const relation = await claimRelation(db, route, today, events);
  const { rows: tallyRows } = await sql<{ outcome: ClaimOutcome; n: number; undated: number }>`
    WITH ${relation} SELECT outcome, count(*)::int AS n, count(*) FILTER (WHERE due IS NULL)::int AS undated FROM claims GROUP BY outcome`.execute(
    db.kysely,
  );
  const shownRows = tallyRows.filter((row) => !outcome || row.outcome === outcome);
  const shown = shownRows.reduce((sum, row) => sum + row.n, 0);
  const pageCount = Math.max(1, Math.ceil(shown / perPage));
  const onPage = Math.min(page, pageCount);
  const { rows } = await sql<SqlRow>`
    WITH ${relation}
    SELECT kind, id, to_char(due, 'YYYY-MM-DD') AS due, outcome FROM claims ${outcome ? sql`WHERE outcome = ${outcome}` : sql``}
    ORDER BY due NULLS LAST, kind DESC, id LIMIT ${perPage} OFFSET ${(onPage - 1) * perPage}`.execute(db.kysely);
  return {
    tally: new Map(tallyRows.map((row) => [row.outcome, row.n])),
    shown,
    undatedShown: shownRows.reduce((sum, row) => sum + row.undated, 0),
    rows,
    page: onPage,
    pageCount,
  };
}
