import "server-only";
import { decideEventOutcome, isClaimStatus, todayIso, type Decision, type Ruling } from "../../claims/claim-outcome";
import type { Reader } from "../reader";
import { sql, type RawBuilder } from "kysely";
import { formatPartialDate } from "../../format/format-date";
import { formatValue } from "../../format/format-number";
import { getEvents } from "../events/get-events";
import { selectFigures, whereClause } from "../figures/select-figures";
import { figuresWithMetricAndRoute } from "../live-figures";
import type { ClaimLinkView, ClaimRef, ClaimView, EventView, FigureView } from "../types";
import { claimRowsPage, type ClaimRow, type ClaimRowsPage } from "./claim-outcome-rows";
import { decideFigureClaims } from "./figure-outcomes";

// Every claim (plan and forecast figures, planned events) with its outcome, decided at read time by the pure rule
// in lib/claims/claim-outcome.ts from the figures, events and editors' rulings read here.

/** `figureIds`: only these figure claims (with every event claim of the selection), for a page of the list. */
export type ClaimFilter = { route?: string; metric?: string; outcome?: ClaimView["outcome"]; figureIds?: readonly number[] };

const keyOf = (ref: ClaimRef) => `${ref.kind}:${ref.id}`;

type RulingRow = {
  id: number;
  claimKind: "figure" | "event";
  claimId: number;
  outcome: Ruling["outcome"] | null;
  reason: string | null;
  supersedesKind: "figure" | "event" | null;
  supersedesId: number | null;
};

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * "2.5 Mt: Middle Corridor cargo (Trans-Caspian route), 2025 plan"; the subject is left out when the metric's name
 * already has every word of it ("Suez Canal revenue", "INSTC cargo (all routes)").
 */
function figureStatement(figure: FigureView): string {
  const period = figure.periodLabel ? `, ${figure.periodLabel}` : "";
  const nameWords = new Set(wordsOf(figure.metric.name));
  const subject = wordsOf(figure.subject).every((word) => nameWords.has(word)) ? "" : ` (${figure.subject})`;
  return `${formatValue(figure.value, figure.metric.unit)}: ${figure.metric.name}${subject}${period}`;
}

/** SQL conditions of the plan and forecast figures of a selection. */
function figureClaimConditions(filter: ClaimFilter): RawBuilder<unknown>[] {
  return [
    sql`f.status IN ('plan', 'forecast')`,
    ...(filter.route ? [sql`r.slug = ${filter.route}`] : []),
    ...(filter.metric ? [sql`m.slug = ${filter.metric}`] : []),
    ...(filter.figureIds ? [sql`f.id = ANY(${[...filter.figureIds]}::int[])`] : []),
  ];
}

/** How many claims a route or metric has (plans and forecasts, and for a route its planned events), and how many have no date. */
export async function countClaims(db: Reader, filter: Pick<ClaimFilter, "route" | "metric">): Promise<{ total: number; undated: number }> {
  const {
    rows: [figures],
  } = await sql<{ n: number; undated: number }>`
    SELECT count(*)::int AS n, count(*) FILTER (WHERE f.period_end IS NULL)::int AS undated
    FROM ${figuresWithMetricAndRoute(db.kysely)}
    ${whereClause(figureClaimConditions(filter))}`.execute(db.kysely);
  const events = filter.metric
    ? 0
    : (
        await db.kysely
          .selectFrom("events as e")
          .leftJoin("routes as r", "r.id", "e.route_id")
          .where("e.status", "=", "planned")
          .$if(Boolean(filter.route), (query) => query.where("r.slug", "=", filter.route!))
          .select(sql<number>`count(*)::int`.as("n"))
          .executeTakeFirstOrThrow()
      ).n;
  return { total: figures!.n + events, undated: figures!.undated };
}

/**
 * The claims of a selection with their outcomes, soonest target date first (undated last). With `latest`, at most
 * that many dated claims, latest target dates first, and that many undated ones, chosen in SQL: what a route's or
 * metric's page shows, whatever the data.
 */
export async function getClaims(
  db: Reader,
  filter: ClaimFilter = {},
  today = todayIso(),
  { latest }: { latest?: number } = {},
): Promise<ClaimView[]> {
  const conditions = figureClaimConditions(filter);
  const [selected, events, rulings] = await Promise.all([
    latest === undefined
      ? selectFigures(db.kysely, conditions, sql`ORDER BY f.period_end NULLS LAST, f.id`)
      : Promise.all([
          selectFigures(db.kysely, [...conditions, sql`f.period_end IS NOT NULL`], sql`ORDER BY f.period_end DESC, f.id DESC`, {
            limit: latest,
          }),
          selectFigures(db.kysely, [...conditions, sql`f.period_end IS NULL`], sql`ORDER BY f.id`, { limit: latest }),
        ]).then((parts) => parts.flat()),
    // Every event (they are few): a chain or the evidence for a planned event may be on another route.
    getEvents(db),
    db.kysely
      .selectFrom("claim_rulings")
      .select([
        "id",
        "claim_kind as claimKind",
        "claim_id as claimId",
        "outcome",
        "reason",
        "supersedes_kind as supersedesKind",
        "supersedes_id as supersedesId",
      ])
      .orderBy("id")
      .execute() satisfies Promise<RulingRow[]>,
  ]);
  // Figures that rulings link to from outside the selection, so a chain can show every promise in it.
  const selectedIds = new Set(selected.map((figure) => figure.id));
  const linkedIds = [
    ...new Set(
      rulings.flatMap((ruling) => [
        ...(ruling.claimKind === "figure" ? [ruling.claimId] : []),
        ...(ruling.supersedesKind === "figure" && ruling.supersedesId !== null ? [ruling.supersedesId] : []),
      ]),
    ),
  ].filter((id) => !selectedIds.has(id));
  const linked =
    linkedIds.length > 0
      ? await selectFigures(db.kysely, [sql`f.status IN ('plan', 'forecast')`, sql`f.id = ANY(${linkedIds}::int[])`])
      : [];
  const figureClaims = [...selected, ...linked];
  const figureDecisions = await decideFigureClaims(db, figureClaims, today);

  // Who ruled last, and when: the newest revision of each ruling.
  const revisions = rulings.length
    ? await db.kysely
        .selectFrom("record_revisions as v")
        .leftJoin("editors as e", "e.id", "v.editor_id")
        .where("v.record_type", "=", "ruling")
        .where(sql<boolean>`v.record_id = ANY(${rulings.map((ruling) => ruling.id)}::int[])`)
        .orderBy("v.id", "desc")
        .select(["v.record_id as recordId", "v.created_at as createdAt", "e.name as editor"])
        .execute()
    : [];
  const lastRevision = new Map<number, (typeof revisions)[number]>();
  for (const revision of revisions) if (!lastRevision.has(revision.recordId)) lastRevision.set(revision.recordId, revision);

  const rulingOf = new Map(rulings.map((ruling) => [keyOf({ kind: ruling.claimKind, id: ruling.claimId }), ruling]));
  const supersededBy = new Map<string, ClaimRef[]>();
  for (const ruling of rulings) {
    if (!ruling.supersedesKind || ruling.supersedesId === null) continue;
    const earlier = keyOf({ kind: ruling.supersedesKind, id: ruling.supersedesId });
    supersededBy.set(earlier, [...(supersededBy.get(earlier) ?? []), { kind: ruling.claimKind, id: ruling.claimId }]);
  }
  const eventById = new Map(events.map((event) => [event.id, event]));
  const figureById = new Map(figureClaims.map((figure) => [figure.id, figure]));
  const decidedRuling = (ref: ClaimRef): Ruling | null => {
    const row = rulingOf.get(keyOf(ref));
    return row?.outcome && row.reason ? { outcome: row.outcome, reason: row.reason } : null;
  };

  const claims: ClaimView[] = [];
  for (const figure of figureClaims) {
    if (!isClaimStatus(figure.status)) continue;
    const ref: ClaimRef = { kind: "figure", id: figure.id };
    const decision: Decision<FigureView> = figureDecisions.get(figure.id)!;
    claims.push(
      baseView(ref, decision, {
        statement: figureStatement(figure),
        status: figure.status as "plan" | "forecast",
        route: figure.route,
        metric: figure.metric,
        source: figure.source,
        note: figure.note,
        due: figure.periodEnd ? { date: figure.periodEnd, text: `by ${formatPartialDate(figure.periodEnd, "day")}` } : null,
        figures: decision.evidence,
        events: [],
      }),
    );
  }
  for (const event of events) {
    if (event.status !== "planned") continue;
    const ref: ClaimRef = { kind: "event", id: event.id };
    const fulfilledBy = (supersededBy.get(keyOf(ref)) ?? []).flatMap((later) => {
      const found = later.kind === "event" ? eventById.get(later.id) : undefined;
      return found ? [found] : [];
    });
    const decision: Decision<EventView> = decideEventOutcome(event, fulfilledBy, decidedRuling(ref), today);
    claims.push(
      baseView(ref, decision, {
        statement: event.title,
        status: "planned",
        route: event.route,
        metric: null,
        source: event.source,
        note: null,
        due: { date: decision.dueDate!, text: `by ${formatPartialDate(event.date, event.datePrecision)}` },
        figures: [],
        events: decision.evidence,
      }),
    );
  }

  function baseView(
    ref: ClaimRef,
    decision: Decision<unknown>,
    fields: Pick<ClaimView, "statement" | "status" | "route" | "metric" | "source" | "note" | "due"> & {
      figures: FigureView[];
      events: EventView[];
    },
  ): ClaimView {
    const row = rulingOf.get(keyOf(ref));
    const revision = row ? lastRevision.get(row.id) : undefined;
    const { figures, events: evidenceEvents, ...rest } = fields;
    return {
      ref,
      ...rest,
      outcome: decision.outcome,
      basis: decision.basis,
      evidence: { figures, events: evidenceEvents },
      ruling:
        row?.outcome && row.reason
          ? {
              id: row.id,
              outcome: row.outcome,
              reason: row.reason,
              editor: revision?.editor ?? null,
              at: revision?.createdAt.toISOString() ?? "",
            }
          : null,
      rulingRecordId: row?.id ?? null,
      chain: [],
    };
  }

  // Postponement chains: from each claim back to the first promise, then forward through what superseded it.
  const viewByKey = new Map(claims.map((claim) => [keyOf(claim.ref), claim]));
  const linkOf = (ref: ClaimRef): ClaimLinkView | null => {
    const view = viewByKey.get(keyOf(ref));
    if (view) return { ...ref, statement: view.statement, due: view.due?.text ?? null, source: view.source, outcome: view.outcome };
    // A happened event in a chain is what became of the promise before it.
    const event = ref.kind === "event" ? eventById.get(ref.id) : undefined;
    if (event)
      return {
        ...ref,
        statement: event.title,
        due: `happened ${formatPartialDate(event.date, event.datePrecision)}`,
        source: event.source,
        outcome: "met",
      };
    const figure = ref.kind === "figure" ? figureById.get(ref.id) : undefined;
    return figure ? { ...ref, statement: figureStatement(figure), due: null, source: figure.source, outcome: "undated" } : null;
  };
  for (const claim of claims) {
    const seen = new Set<string>([keyOf(claim.ref)]);
    let first: ClaimRef = claim.ref;
    for (;;) {
      const row = rulingOf.get(keyOf(first));
      if (!row?.supersedesKind || row.supersedesId === null) break;
      const earlier: ClaimRef = { kind: row.supersedesKind, id: row.supersedesId };
      if (seen.has(keyOf(earlier))) break;
      seen.add(keyOf(earlier));
      first = earlier;
    }
    const chain: ClaimRef[] = [];
    const visited = new Set<string>();
    const queue: ClaimRef[] = [first];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (visited.has(keyOf(next))) continue;
      visited.add(keyOf(next));
      chain.push(next);
      queue.push(...(supersededBy.get(keyOf(next)) ?? []));
    }
    if (chain.length > 1) claim.chain = chain.flatMap((ref) => linkOf(ref) ?? []);
  }

  const result = claims
    .filter((claim) => claim.ref.kind === "event" || selectedIds.has(claim.ref.id))
    .filter((claim) => !filter.route || claim.route?.slug === filter.route)
    .filter((claim) => !filter.metric || claim.metric?.slug === filter.metric)
    .filter((claim) => !filter.outcome || claim.outcome === filter.outcome)
    .sort((a, b) => (a.due?.date ?? "9999").localeCompare(b.due?.date ?? "9999") || a.statement.localeCompare(b.statement));
  if (latest === undefined) return result;
  const dated = result
    .filter((claim) => claim.due !== null)
    .reverse()
    .slice(0, latest);
  return [...dated, ...result.filter((claim) => claim.due === null).slice(0, latest)];
}

/**
 * One page of the claims list (route and outcome filters), with the tally of outcomes on the route: counted and cut
 * in SQL (claim-outcome-rows.ts), so only the page's claims are read and decided here, however many there are.
 */
export async function getClaimsPage(
  db: Reader,
  { route, outcome, page = 1 }: { route?: string; outcome?: ClaimView["outcome"]; page?: number },
  perPage: number,
  today = todayIso(),
): Promise<ClaimRowsPage & { page: number; pageCount: number; claims: ClaimView[] }> {
  const eventClaims = await getClaims(db, { route, figureIds: [] }, today);
  const events = eventClaims.map((claim): ClaimRow => ({ ...claim.ref, due: claim.due?.date ?? null, outcome: claim.outcome }));
  const result = await claimRowsPage(db, { route, outcome, today, events, page, perPage });
  const figureIds = result.rows.flatMap((row) => (row.kind === "figure" ? [row.id] : []));
  const figureClaims = figureIds.length > 0 ? await getClaims(db, { route, figureIds }, today) : [];
  const byKey = new Map([...eventClaims, ...figureClaims].map((claim) => [keyOf(claim.ref), claim]));
  return { ...result, claims: result.rows.flatMap((row) => byKey.get(keyOf(row)) ?? []) };
}
