import "server-only";
import { liveFigureWhere } from "../../data/live-figures";
import { z } from "zod";
import { rulingOutcomes } from "../../claims/claim-outcome";
import type { ClaimRef } from "../../data/types";
import type { Prisma } from "../../generated/prisma/client";
import type { ColumnsResult, RecordDefinition, Tx } from "../records/record-definition";
import { listDeletedRecords } from "../records/record-history";
import { livePage, pageWindow, parseRecordListQuery, recordListBase } from "../records/record-list-query";
import { claimRefText, rulingFieldLabels, RulingInputSchema, type RulingFormValues, type RulingInput } from "./ruling-input";

// How the admin reads and writes editors' rulings on claims (the generic writes in ../records do the locking and
// the history). A ruling names its claim by kind and id; the claim must exist, and be a claim: a plan or forecast
// figure, or an event (a happened event may only name, as the claim it supersedes, the planned one it fulfils).

const rulingSelect = {
  id: true,
  claimKind: true,
  claimId: true,
  outcome: true,
  reason: true,
  supersedesKind: true,
  supersedesId: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.ClaimRulingSelect;

type RulingRow = Prisma.ClaimRulingGetPayload<{ select: typeof rulingSelect }>;

const valuesOf = (row: RulingRow): RulingFormValues => ({
  claim: claimRefText({ kind: row.claimKind, id: row.claimId }),
  outcome: row.outcome ?? "",
  reason: row.reason ?? "",
  supersedes: row.supersedesKind && row.supersedesId !== null ? claimRefText({ kind: row.supersedesKind, id: row.supersedesId }) : "",
});

/** What a claim reference points at now: a figure's status, an event's status, or nothing (missing or deleted). */
async function lookUp(tx: Tx, ref: ClaimRef): Promise<{ status: string; label: string } | null> {
  if (ref.kind === "figure") {
    const figure = await tx.figure.findFirst({
      where: { id: ref.id, ...liveFigureWhere },
      select: { status: true, subject: true, periodLabel: true },
    });
    return figure ? { status: figure.status, label: `${figure.subject}${figure.periodLabel ? `, ${figure.periodLabel}` : ""}` } : null;
  }
  const event = await tx.event.findUnique({ where: { id: ref.id }, select: { status: true, title: true } });
  return event ? { status: event.status, label: event.title } : null;
}

const isClaim = (ref: ClaimRef, status: string) =>
  ref.kind === "figure" ? status === "plan" || status === "forecast" : status === "planned";

function rulingColumns(input: RulingInput) {
  return {
    claimKind: input.claim.kind,
    claimId: input.claim.id,
    outcome: input.outcome,
    reason: input.reason,
    supersedesKind: input.supersedes?.kind ?? null,
    supersedesId: input.supersedes?.id ?? null,
  };
}

type RulingColumns = ReturnType<typeof rulingColumns>;

const RulingListQuerySchema = recordListBase.extend({
  outcome: z.enum(rulingOutcomes, { error: `outcome must be one of ${rulingOutcomes.join(", ")}` }).optional(),
  sort: z.enum(["updated", "claim"], { error: "sort must be updated or claim" }).default("updated"),
  dir: z.enum(["asc", "desc"], { error: "dir must be asc or desc" }).default("desc"),
});

export const rulingRecords: RecordDefinition<RulingFormValues, RulingInput, RulingColumns> = {
  type: "ruling",
  table: "claim_rulings",
  noun: "ruling",
  schema: RulingInputSchema,
  labels: rulingFieldLabels,
  title: (values, id) => (values.claim ? `on ${values.claim}` : `ruling ${id}`),

  async read(tx, id) {
    const row = await tx.claimRuling.findUnique({ where: { id }, select: rulingSelect });
    return row ? { values: valuesOf(row), version: row.version, updatedAt: row.updatedAt } : null;
  },

  async columns(tx, input, current): Promise<ColumnsResult<RulingColumns>> {
    const fieldErrors: Record<string, string[]> = {};
    if (current && current.values.claim !== claimRefText(input.claim)) {
      fieldErrors.claim = ["A ruling stays with its claim: delete this one and rule on the other claim instead"];
    }
    const claim = await lookUp(tx, input.claim);
    if (!claim) fieldErrors.claim ??= [`There is no ${input.claim.kind} ${input.claim.id} (or it was deleted)`];
    else if (input.claim.kind === "figure" && !isClaim(input.claim, claim.status)) {
      fieldErrors.claim ??= [`Figure ${input.claim.id} is ${claim.status}: only plans and forecasts are claims`];
    } else if (input.outcome && !isClaim(input.claim, claim.status)) {
      fieldErrors.outcome = ["A happened event is not a claim to rule on; name the planned event it fulfils under Supersedes"];
    }
    if (input.supersedes) {
      const earlier = await lookUp(tx, input.supersedes);
      if (!earlier) fieldErrors.supersedes = [`There is no ${input.supersedes.kind} ${input.supersedes.id} (or it was deleted)`];
      else if (!isClaim(input.supersedes, earlier.status))
        fieldErrors.supersedes = [
          `${claimRefText(input.supersedes)} is ${earlier.status}: only a plan, forecast or planned event can be superseded`,
        ];
    }
    const other = await tx.claimRuling.findFirst({
      where: { claimKind: input.claim.kind, claimId: input.claim.id, ...(current ? { id: { not: current.id } } : {}) },
      select: { id: true },
    });
    if (other) fieldErrors.claim ??= [`This claim already has ruling ${other.id}: edit that one`];
    return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, columns: rulingColumns(input) };
  },

  async insert(tx, columns, identity) {
    const { seedKey: _seedKey, ...restored } = identity ?? {};
    return (await tx.claimRuling.create({ data: { ...columns, ...restored }, select: { id: true } })).id;
  },

  async update(tx, id, columns) {
    await tx.claimRuling.update({ where: { id }, data: { ...columns, version: { increment: 1 } } });
  },

  async remove(tx, id) {
    await tx.claimRuling.delete({ where: { id } });
  },

  // Nothing refers to a ruling.
  inUse: async () => null,

  async list(db, params) {
    const parsed = parseRecordListQuery(RulingListQuerySchema, params);
    if (!parsed.ok) return parsed;
    const query = parsed.query;
    if (query.deleted === "only")
      return { ok: true, page: await listDeletedRecords(db, rulingRecords, { ...query, equals: { outcome: query.outcome } }) };
    const where: Prisma.ClaimRulingWhereInput = {
      ...(query.outcome ? { outcome: query.outcome } : {}),
      ...(query.q ? { reason: { contains: query.q, mode: "insensitive" } } : {}),
    };
    const orderBy: Prisma.ClaimRulingOrderByWithRelationInput[] =
      query.sort === "claim" ? [{ claimKind: query.dir }, { claimId: query.dir }] : [{ updatedAt: query.dir }, { id: query.dir }];
    const [rows, total] = await Promise.all([
      db.prisma.claimRuling.findMany({ where, orderBy, ...pageWindow(query), select: rulingSelect }),
      db.prisma.claimRuling.count({ where }),
    ]);
    return livePage(query, total, rows, valuesOf, () => ({}));
  },
};
