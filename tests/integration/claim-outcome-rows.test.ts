import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rulingOutcomes, type RulingOutcome } from "@/lib/claims/claim-outcome";
import { claimOutcomeRows, claimRowsPage } from "@/lib/data/claims/claim-outcome-rows";
import { getClaims } from "@/lib/data/claims/get-claims";
import { refreshClaimEvidence, scheduleClaimEvidenceRefresh } from "@/lib/data/claims/claim-evidence";
import { databaseKinds, openSeededDatabase, type TestDatabase } from "./test-databases";

// The claims list decides figure outcomes in SQL (lib/data/claims/claim-outcome-rows.ts) so that it can count and
// page any number of claims, from the evidence stored in claim_evidence while it is current and in the statement
// otherwise; each claim it shows is decided again by the pure rule (lib/claims/claim-outcome.ts).
// The two must agree on every figure: random plans, forecasts and reports on scale sisters (USD bn beside USD m),
// an amount that does not read as "at least" and one that is no amount, with subjects that differ only in spaces,
// exact-period and near-miss periods, equal, larger and smaller values, rulings and deletions.

const today = "2026-06-15";

const metrics = [
  { slug: "prop_cargo", unit: "million tonnes", category: "transit" },
  { slug: "prop_cargo_kt", unit: "thousand tonnes", category: "transit" },
  { slug: "prop_trade", unit: "USD bn", category: "trade" },
  { slug: "prop_trade_usd_m", unit: "USD m", category: "trade" },
  { slug: "prop_cost", unit: "USD m", category: "infrastructure" },
  { slug: "prop_days", unit: "days", category: "route" },
] as const;
const periods = [
  { start: "2025-01-01", end: "2025-12-31" },
  { start: "2025-04-01", end: "2025-12-31" },
  { start: null, end: "2025-12-31" },
  { start: "2026-01-01", end: "2026-12-31" },
  { start: null, end: null },
] as const;

type GeneratedFigure = {
  metric: number;
  route: string | null;
  subject: string;
  period: number;
  value: string;
  status: "reported" | "plan" | "forecast" | "claim";
  deleted: boolean;
  ruling: RulingOutcome | null;
};
const figureArb: fc.Arbitrary<GeneratedFigure> = fc.record({
  metric: fc.integer({ min: 0, max: metrics.length - 1 }),
  // Weighted towards figures that share a subject, route and period, so that most runs hold evidence.
  route: fc.constantFrom(null, null, "instc-west"),
  subject: fc.constantFrom("Cargo", "Cargo", " Cargo", "Cargo ", "Other"),
  period: fc.constantFrom(0, 0, 0, 1, 2, 3, 4),
  value: fc.constantFrom("0", "1", "1.5", "1500", "1000", "-2", "0.001", "999.999"),
  status: fc.constantFrom("reported", "reported", "plan", "forecast", "claim" as const),
  deleted: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
  ruling: fc.option(fc.constantFrom(...rulingOutcomes), { freq: 6 }),
});

describe.each(databaseKinds)("claim outcomes in SQL on the %s database", (kind) => {
  let db: TestDatabase;
  let metricIds: number[];
  let routeIds: Map<string, number>;

  beforeAll(async () => {
    db = await openSeededDatabase(kind);
    metricIds = [];
    for (const metric of metrics) {
      metricIds.push((await db.prisma.metric.create({ data: { ...metric, name: metric.slug, description: "Property test metric" } })).id);
    }
    routeIds = new Map((await db.prisma.route.findMany({ select: { id: true, slug: true } })).map((route) => [route.slug, route.id]));
  });
  afterAll(() => db.dispose());

  const evidenceCurrent = async () =>
    (
      await db.prisma.$queryRawUnsafe<{ current: boolean }[]>(
        "SELECT changes_seen = (SELECT count(*) FROM data_changes) AS current FROM claim_evidence_state",
      )
    )[0]!.current;

  /**
   * The pure rule's outcomes, the SQL's as decided in the statement (the data changed since the stored evidence
   * was written), and the SQL's from the stored evidence once it is rewritten.
   */
  async function outcomesBothWays() {
    const pure = new Map(
      (await getClaims(db, {}, today)).filter((claim) => claim.ref.kind === "figure").map((claim) => [claim.ref.id, claim.outcome]),
    );
    const outcomesInSql = async () => new Map((await claimOutcomeRows(db, { today })).map((row) => [row.id, row.outcome]));
    expect(await evidenceCurrent()).toBe(false);
    const sql = await outcomesInSql();
    expect(await refreshClaimEvidence(db.prisma)).toBe("rewritten");
    expect(await evidenceCurrent()).toBe(true);
    const stored = await outcomesInSql();
    return { pure, sql, stored };
  }

  it("agrees with the pure rule on the seeded dataset, decided in the statement and stored", async () => {
    const { pure, sql, stored } = await outcomesBothWays();
    expect(sql.size).toBeGreaterThan(30);
    expect(sql).toEqual(pure);
    expect(stored).toEqual(pure);
  });

  it("never reads a write against the evidence stored before it, and rewrites it only when the data changed", async () => {
    expect(await refreshClaimEvidence(db.prisma)).toBe("current");
    // An overdue claim of an amount (no report yet for its subject, route and period).
    const overdue = (await claimOutcomeRows(db, { today })).filter((row) => row.kind === "figure" && row.outcome === "overdue");
    const amounts = await db.prisma.figure.findMany({
      where: { id: { in: overdue.map((row) => row.id) }, metric: { unit: { in: ["million tonnes", "USD bn", "tonnes"] } } },
      orderBy: { id: "asc" },
    });
    const claim = amounts[0]!;
    const report = await db.prisma.figure.create({
      data: {
        metricId: claim.metricId,
        routeId: claim.routeId,
        subject: claim.subject,
        periodStart: claim.periodStart,
        periodEnd: claim.periodEnd,
        value: "1000000",
        status: "reported",
        sourcePublisher: "Later report",
        sourceTitle: "T",
      },
    });
    try {
      expect(await evidenceCurrent()).toBe(false);
      const pure = (await getClaims(db, {}, today)).find((entry) => entry.ref.kind === "figure" && entry.ref.id === claim.id)!.outcome;
      expect(pure).not.toBe("overdue");
      expect((await claimOutcomeRows(db, { today })).find((row) => row.id === claim.id)?.outcome).toBe(pure);
      expect(await refreshClaimEvidence(db.prisma)).toBe("rewritten");
      expect((await claimOutcomeRows(db, { today })).find((row) => row.id === claim.id)?.outcome).toBe(pure);
    } finally {
      await db.prisma.figure.delete({ where: { id: report.id } });
    }
  });

  it("rewrites the stored evidence in the background after a write, once for a burst", async () => {
    await db.prisma.figure.updateMany({ where: { status: "plan" }, data: { note: "touched" } });
    expect(await evidenceCurrent()).toBe(false);
    for (let write = 0; write < 3; write++) scheduleClaimEvidenceRefresh(async () => db.prisma, 50);
    await expect.poll(evidenceCurrent, { timeout: 10_000, interval: 50 }).toBe(true);
  });

  it("agrees with the pure rule on random figures", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(figureArb, { minLength: 1, maxLength: 24 }), async (figures) => {
        await db.prisma.claimRuling.deleteMany({ where: { reason: "property test" } });
        await db.prisma.figure.deleteMany({ where: { metricId: { in: metricIds } } });
        for (const figure of figures) {
          const period = periods[figure.period]!;
          const created = await db.prisma.figure.create({
            data: {
              metricId: metricIds[figure.metric]!,
              routeId: figure.route ? routeIds.get(figure.route)! : null,
              subject: figure.subject,
              periodStart: period.start ? new Date(period.start) : null,
              periodEnd: period.end ? new Date(period.end) : null,
              value: figure.value,
              status: figure.status,
              sourcePublisher: "Property test",
              sourceTitle: "Generated",
              deletedAt: figure.deleted ? new Date() : null,
            },
          });
          if (figure.ruling && (figure.status === "plan" || figure.status === "forecast")) {
            await db.prisma.claimRuling.create({
              data: { claimKind: "figure", claimId: created.id, outcome: figure.ruling, reason: "property test" },
            });
          }
        }
        const { pure, sql, stored } = await outcomesBothWays();
        expect(sql).toEqual(pure);
        expect(stored).toEqual(pure);
      }),
      {
        numRuns: kind === "embedded" ? 15 : 30,
        // Across scales, the exact comparison decides: 1,000 USD m misses a 1.5 USD bn target, 1,500 USD m meets it.
        examples: [
          [
            [
              { metric: 2, route: null, subject: "Cargo", period: 0, value: "1.5", status: "plan", deleted: false, ruling: null },
              { metric: 3, route: null, subject: "Cargo", period: 0, value: "1000", status: "reported", deleted: false, ruling: null },
              { metric: 0, route: null, subject: "Cargo", period: 0, value: "1.5", status: "forecast", deleted: false, ruling: null },
              { metric: 1, route: null, subject: " Cargo", period: 0, value: "1500", status: "reported", deleted: false, ruling: null },
            ],
          ],
        ],
      },
    );
  });

  it("counts and pages the list in SQL: every claim once, dated first, the tally summing to the total", async () => {
    const all = await claimOutcomeRows(db, { today });
    const first = await claimRowsPage(db, { today, events: [], page: 1, perPage: 7 });
    expect([...first.tally.values()].reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(first.shown).toBe(all.length);
    const seen = [];
    for (let page = 1; page <= first.pageCount; page++)
      seen.push(...(await claimRowsPage(db, { today, events: [], page, perPage: 7 })).rows);
    expect(seen).toEqual(all);
    expect(seen.findIndex((row) => row.due === null)).toBe(all.length - first.undatedShown);
    // A page past the last is the last; an outcome filter shows just that outcome.
    const beyond = await claimRowsPage(db, { today, events: [], page: 999, perPage: 7 });
    expect(beyond.page).toBe(first.pageCount);
    const overdue = await claimRowsPage(db, { today, outcome: "overdue", events: [], page: 1, perPage: 500 });
    expect(overdue.rows.every((row) => row.outcome === "overdue")).toBe(true);
    expect(overdue.shown).toBe(all.filter((row) => row.outcome === "overdue").length);
  });
});
