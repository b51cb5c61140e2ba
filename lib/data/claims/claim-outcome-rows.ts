import "server-only";
import type { ClaimOutcome } from "../../claims/claim-outcome";
import { sql, type RawBuilder } from "kysely";
import type { Reader } from "../reader";
import { figuresWithMetricAndRoute } from "../live-figures";
import { whereClause } from "../figures/select-figures";
import type { ClaimRef } from "../types";
import { figureOutcomeSql } from "./figure-outcome-sql";

// The outcome of every plan and forecast figure of a selection, decided in SQL (lib/data/claims/figure-outcome-sql.ts)
// so that the claims list can count and page 400,000 claims without reading them; the list then shows each page's
// claims as the pure rule decides them.

/** A claim as the list orders it: its reference, its target date (null when undated) and its outcome. */
export type ClaimRow = ClaimRef & { due: string | null; outcome: ClaimOutcome };

/** What the list needs of a selection: a tally of its outcomes, and one page of it in the list's order. */
export type ClaimRowsPage = { tally: Map<ClaimOutcome, number>; shown: number; undatedShown: number; rows: ClaimRow[] };

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
  const conditions = route ? [sql`r.slug = ${route}`] : [];
  const outcome = await figureOutcomeSql(db, today, conditions);
  return sql`
    claims AS (
      SELECT 'figure' AS kind, f.id, f.period_end AS due, ${outcome.outcome} AS outcome
      FROM ${figuresWithMetricAndRoute(db.kysely)} ${outcome.joins}
      ${whereClause([...conditions, sql`f.status IN ('plan', 'forecast')`])}
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
