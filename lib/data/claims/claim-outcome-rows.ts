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
  const outcome = await figureOutcomeSql(db, today);
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
 * dated first, soonest target date first, then undated), all counted and cut in SQL, in one statement: deciding
 * every claim is the work (at a million figures, 400,000 of them), so it is done once, for the tally and the page.
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
  const shownFilter = outcome ? sql`WHERE outcome = ${outcome}` : sql``;
  const { rows } = await sql<SqlRow & { part: "tally" | "row"; n: number; undated: number; page: number }>`
    WITH ${relation}, decided AS MATERIALIZED (SELECT * FROM claims),
    tally AS (SELECT outcome, count(*)::int AS n, count(*) FILTER (WHERE due IS NULL)::int AS undated FROM decided GROUP BY outcome),
    last_page AS (SELECT greatest(1, ceil(coalesce(sum(n), 0) / ${perPage}::numeric))::int AS page FROM tally ${shownFilter}),
    on_page AS (SELECT least(${page}::int, page) AS page FROM last_page)
    SELECT 'tally' AS part, outcome, n, undated, NULL AS kind, NULL::int AS id, NULL AS due, NULL::int AS page FROM tally
    UNION ALL
    SELECT 'row', outcome, NULL, NULL, kind, id, due, (SELECT page FROM on_page) FROM (
      SELECT kind, id, to_char(due, 'YYYY-MM-DD') AS due, outcome FROM decided ${shownFilter}
      ORDER BY decided.due NULLS LAST, kind DESC, id LIMIT ${perPage}
      OFFSET ((SELECT page FROM on_page) - 1) * ${perPage}) page_rows
    ORDER BY part, due NULLS LAST, kind DESC, id`.execute(db.kysely);
  const tallyRows = rows.filter((row) => row.part === "tally");
  const pageRows = rows.filter((row) => row.part === "row");
  const shownRows = tallyRows.filter((row) => !outcome || row.outcome === outcome);
  const shown = shownRows.reduce((sum, row) => sum + row.n, 0);
  const pageCount = Math.max(1, Math.ceil(shown / perPage));
  return {
    tally: new Map(tallyRows.map((row) => [row.outcome, row.n])),
    shown,
    undatedShown: shownRows.reduce((sum, row) => sum + row.undated, 0),
    rows: pageRows.map(({ kind, id, due, outcome: rowOutcome }) => ({ kind, id, due, outcome: rowOutcome })),
    page: Math.min(page, pageCount),
    pageCount,
  };
}
