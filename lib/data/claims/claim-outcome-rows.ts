import "server-only";
import type { ClaimOutcome } from "../../claims/claim-outcome";
import { sql, type RawBuilder } from "kysely";
import type { Reader } from "../reader";
import { figuresWithMetricAndRoute } from "../live-figures";
import { whereClause } from "../figures/select-figures";
import type { ClaimRef } from "../types";
import { claimEvidenceCurrent, figureOutcomeSql, storedClaimsSql, type EvidenceSource } from "./figure-outcome-sql";

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
  source: EvidenceSource,
): Promise<RawBuilder<unknown>> {
  const figureClaims =
    source === "stored"
      ? sql`SELECT 'figure' AS kind, id, due, outcome FROM (${storedClaimsSql(today, route)}) stored_claims`
      : await decidedClaims(db, route, today);
  return sql`
    claims AS (
      ${figureClaims}
      UNION ALL
      SELECT 'event', e.id, e.due, e.outcome
      FROM unnest(${events.map((e) => e.id)}::int[], ${events.map((e) => e.due)}::date[], ${events.map((e) => e.outcome)}::text[]) AS e(id, due, outcome)
    )`;
}

/** The figure claims of a selection with the outcome decided in the statement, from the figures themselves. */
async function decidedClaims(db: Reader, route: string | undefined, today: string): Promise<RawBuilder<unknown>> {
  const conditions = route ? [sql`r.slug = ${route}`] : [];
  const outcome = await figureOutcomeSql(db, today, "decided");
  return sql`SELECT 'figure' AS kind, f.id, f.period_end AS due, ${outcome.outcome} AS outcome
      FROM ${figuresWithMetricAndRoute(db.kysely)} ${outcome.joins}
      ${whereClause([...conditions, sql`f.status IN ('plan', 'forecast')`])}`;
}

type SqlRow = { kind: "figure" | "event"; id: number; due: string | null; outcome: ClaimOutcome };

/**
 * Runs a statement over the claims relation with the stored evidence where it is current, and otherwise (in the
 * past, or before the rewrite after a write has landed) with the evidence decided in the statement. The check is
 * part of the statement, in the same snapshot, so a write that lands between two statements is never read against
 * evidence computed before it; the rows come back as one JSON array beside it, in the order of their `ord`.
 */
async function withEvidence<R>(
  db: Reader,
  relation: (source: EvidenceSource) => Promise<RawBuilder<unknown>>,
  statement: RawBuilder<R & { ord: number }>,
): Promise<R[]> {
  const run = async (source: EvidenceSource) => {
    const {
      rows: [result],
    } = await sql<{ fresh: boolean; rows: (R & { ord: number })[] }>`
      WITH ${await relation(source)}
      SELECT ${claimEvidenceCurrent} AS fresh, coalesce((SELECT json_agg(b ORDER BY b.ord) FROM (${statement}) b), '[]') AS rows`.execute(
      db.kysely,
    );
    return result!;
  };
  if (!db.asOf) {
    const stored = await run("stored");
    if (stored.fresh) return stored.rows;
  }
  return (await run("decided")).rows;
}

/** The outcome of each figure claim of a selection (and of the given event claims), in the list's order. For tests and exports. */
export async function claimOutcomeRows(
  db: Reader,
  { route, today, events = [] }: { route?: string; today: string; events?: readonly ClaimRow[] },
): Promise<ClaimRow[]> {
  const rows = await withEvidence(
    db,
    (source) => claimRelation(db, route, today, events, source),
    sql<SqlRow & { ord: number }>`
      SELECT kind, id, to_char(due, 'YYYY-MM-DD') AS due, outcome, row_number() OVER (ORDER BY due NULLS LAST, kind DESC, id) AS ord
      FROM claims`,
  );
  return rows.map(({ kind, id, due, outcome }) => ({ kind, id, due, outcome }));
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
  const shownFilter = outcome ? sql`WHERE outcome = ${outcome}` : sql``;
  type Row = SqlRow & { part: "tally" | "row"; n: number; undated: number; ord: number };
  const rows = await withEvidence(
    db,
    (source) => claimRelation(db, route, today, events, source),
    sql<Row>`
      WITH decided AS MATERIALIZED (SELECT * FROM claims),
      tally AS (SELECT outcome, count(*)::int AS n, count(*) FILTER (WHERE due IS NULL)::int AS undated FROM decided GROUP BY outcome),
      last_page AS (SELECT greatest(1, ceil(coalesce(sum(n), 0) / ${perPage}::numeric))::int AS page FROM tally ${shownFilter}),
      on_page AS (SELECT least(${page}::int, page) AS page FROM last_page),
      parts AS (
        SELECT 'tally' AS part, outcome, n, undated, NULL AS kind, NULL::int AS id, NULL AS due FROM tally
        UNION ALL
        SELECT 'row', outcome, NULL, NULL, kind, id, due FROM (
          SELECT kind, id, to_char(due, 'YYYY-MM-DD') AS due, outcome FROM decided ${shownFilter}
          ORDER BY decided.due NULLS LAST, kind DESC, id LIMIT ${perPage}
          OFFSET ((SELECT page FROM on_page) - 1) * ${perPage}) page_rows)
      SELECT *, row_number() OVER (ORDER BY part, due NULLS LAST, kind DESC, id) AS ord FROM parts`,
  );
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
