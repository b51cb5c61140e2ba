import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRecordHistory } from "@/lib/admin/records/record-history";
import { createRecord, deleteRecord, restoreRecord, updateRecord } from "@/lib/admin/records/record-writes";
import { RulingInputSchema, type RulingFormValues } from "@/lib/admin/rulings/ruling-input";
import { rulingRecords } from "@/lib/admin/rulings/ruling-records";
import { countClaims, getClaims } from "@/lib/data/claims/get-claims";
import type { ClaimView } from "@/lib/data/types";
import { saved } from "../support/record-fixtures";
import { createEditors, databaseKinds, openSeededDatabase, type TestDatabase } from "./test-databases";

// Editors' rulings on claims go through the shared record write path (lib/admin/records): version checks, a
// revision per change with its editor, deletes that clear the ruling but keep its history, restores. And the
// claims list reads them: a ruling decides over the data, a supersedes link makes a postponement chain, and a
// happened event superseding a planned one is the evidence that decides it.

const today = "2026-12-02";

const input = (values: Partial<RulingFormValues> & { claim: string }) =>
  RulingInputSchema.parse({ outcome: "", reason: "", supersedes: "", ...values });

describe.each(databaseKinds)("claim rulings on the %s database", (kind) => {
  let db: TestDatabase;
  let editorA: number;
  let editorB: number;
  let indiaTarget: number;
  let landEvent: number;
  let startEvent: number;
  let reportedFigure: number;
  const claimOf = async (ref: string) =>
    (await getClaims(db, {}, today)).find((claim) => `${claim.ref.kind}:${claim.ref.id}` === ref) as ClaimView;

  beforeAll(async () => {
    db = await openSeededDatabase(kind);
    [editorA, editorB] = await createEditors(db, "Editor A", "Editor B");
    const india = await db.prisma.figure.findFirstOrThrow({
      where: { metric: { slug: "russia_india_trade_turnover" }, status: "plan", periodLabel: "2025 target" },
    });
    indiaTarget = india.id;
    landEvent = (await db.prisma.event.findFirstOrThrow({ where: { title: { startsWith: "Iran aims to finish acquiring land" } } })).id;
    startEvent = (await db.prisma.event.findFirstOrThrow({ where: { title: { startsWith: "Rasht–Astara construction start" } } })).id;
    reportedFigure = (await db.prisma.figure.findFirstOrThrow({ where: { status: "reported" } })).id;
  });
  afterAll(() => db.dispose());

  it("without a ruling the data decides: Russia–India's 30 USD bn by 2025 is overdue (no calendar-2025 report)", async () => {
    const claim = await claimOf(`figure:${indiaTarget}`);
    expect(claim).toMatchObject({ outcome: "overdue", basis: "date", ruling: null, rulingRecordId: null, due: { date: "2025-12-31" } });
  });

  it("a ruling decides over the data, shows its reason and editor, and every change is a revision", async () => {
    const created = saved(
      await createRecord(
        db,
        rulingRecords,
        editorA,
        input({ claim: `figure:${indiaTarget}`, outcome: "met", reason: "Overtaken in FY 2022-23 (44.4 USD bn)" }),
      ),
    );
    expect(await claimOf(`figure:${indiaTarget}`)).toMatchObject({
      outcome: "met",
      basis: "ruling",
      ruling: { id: created.id, outcome: "met", reason: "Overtaken in FY 2022-23 (44.4 USD bn)", editor: "Editor A" },
    });

    const updated = saved(
      await updateRecord(
        db,
        rulingRecords,
        editorB,
        created.id,
        created.version,
        input({ claim: `figure:${indiaTarget}`, outcome: "withdrawn", reason: "Replaced by the 100 USD bn by 2030 goal" }),
      ),
    );
    expect(updated.version).toBe(2);
    const claim = await claimOf(`figure:${indiaTarget}`);
    expect(claim.outcome).toBe("withdrawn");
    expect(claim.ruling?.editor).toBe("Editor B");

    // A stale version writes nothing and reports the saved ruling.
    const stale = await updateRecord(
      db,
      rulingRecords,
      editorA,
      created.id,
      created.version,
      input({ claim: `figure:${indiaTarget}`, outcome: "missed", reason: "x" }),
    );
    expect(stale).toMatchObject({ ok: false, kind: "conflict", current: { outcome: "withdrawn", version: 2 } });

    const revisions = await db.prisma.recordRevision.findMany({
      where: { recordType: "ruling", recordId: created.id },
      orderBy: { id: "asc" },
    });
    expect(revisions.map((revision) => [revision.action, revision.editorId, revision.version])).toEqual([
      ["create", editorA, 1],
      ["update", editorB, 2],
    ]);
    const history = await getRecordHistory(db, rulingRecords, created.id);
    expect(history?.revisions[0]?.changes.map((change) => [change.field, change.before, change.after])).toEqual([
      ["outcome", "met", "withdrawn"],
      ["reason", "Overtaken in FY 2022-23 (44.4 USD bn)", "Replaced by the 100 USD bn by 2030 goal"],
    ]);

    // Clearing is a delete: the data decides again, and a restore brings the ruling back from its history.
    const deleted = saved(await deleteRecord(db, rulingRecords, editorA, created.id, updated.version));
    expect((await claimOf(`figure:${indiaTarget}`)).outcome).toBe("overdue");
    const createRevision = history!.revisions.at(-1)!;
    saved(await restoreRecord(db, rulingRecords, editorA, created.id, createRevision.id, deleted.version));
    expect(await claimOf(`figure:${indiaTarget}`)).toMatchObject({
      outcome: "met",
      ruling: { reason: "Overtaken in FY 2022-23 (44.4 USD bn)" },
    });
    expect(await db.prisma.recordRevision.count({ where: { recordType: "ruling", recordId: created.id } })).toBe(4);
  });

  it("refuses what is not a claim, what does not exist, and a second ruling on one claim, with field errors and no revision", async () => {
    const before = await db.prisma.recordRevision.count({ where: { recordType: "ruling" } });
    const reported = await createRecord(
      db,
      rulingRecords,
      editorA,
      input({ claim: `figure:${reportedFigure}`, outcome: "met", reason: "r" }),
    );
    expect(reported).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { claim: [expect.stringMatching(/is reported: only plans and forecasts are claims/)] },
    });
    const missing = await createRecord(db, rulingRecords, editorA, input({ claim: "event:2000000000", outcome: "met", reason: "r" }));
    expect(missing).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { claim: ["There is no event 2000000000 (or it was deleted)"] },
    });
    const twice = await createRecord(db, rulingRecords, editorA, input({ claim: `figure:${indiaTarget}`, outcome: "missed", reason: "r" }));
    expect(twice).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { claim: [expect.stringMatching(/already has ruling/)] } });
    const badLink = await createRecord(
      db,
      rulingRecords,
      editorA,
      input({ claim: `event:${startEvent}`, supersedes: `figure:${reportedFigure}` }),
    );
    expect(badLink).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { supersedes: [expect.stringMatching(/only a plan, forecast or planned event/)] },
    });
    expect(await db.prisma.recordRevision.count({ where: { recordType: "ruling" } })).toBe(before);
  });

  it("a later promise superseding an earlier one makes a chain, first promise first, on both claims", async () => {
    // Test data: a postponed promise, created by the test (the seed holds no postponement it can show clearly).
    const route = await db.prisma.route.findUniqueOrThrow({ where: { slug: "instc-west" } });
    const later = await db.prisma.event.create({
      data: {
        date: new Date("2027-09-01T00:00:00Z"),
        datePrecision: "month",
        title: "Test: Iran now aims to finish acquiring land by September 2027",
        routeId: route.id,
        status: "planned",
        sourcePublisher: "Test publisher",
        sourceTitle: "Test article",
      },
    });
    saved(await createRecord(db, rulingRecords, editorA, input({ claim: `event:${later.id}`, supersedes: `event:${landEvent}` })));
    const first = await claimOf(`event:${landEvent}`);
    const second = await claimOf(`event:${later.id}`);
    expect(first.chain.map((link) => `${link.kind}:${link.id}`)).toEqual([`event:${landEvent}`, `event:${later.id}`]);
    expect(second.chain).toEqual(first.chain);
    expect(first.chain.map((link) => link.outcome)).toEqual(["overdue", "pending"]);
    // A planned event naming it is a postponement, not evidence: the first promise stays overdue.
    expect(first).toMatchObject({ outcome: "overdue", basis: "date", evidence: { events: [] } });
  });

  it("a happened event superseding a planned one decides it: construction started late is missed", async () => {
    const route = await db.prisma.route.findUniqueOrThrow({ where: { slug: "instc-west" } });
    const started = await db.prisma.event.create({
      data: {
        date: new Date("2026-05-01T00:00:00Z"),
        datePrecision: "month",
        title: "Test: Rasht–Astara construction starts",
        routeId: route.id,
        status: "happened",
        sourcePublisher: "Test publisher",
        sourceTitle: "Test article",
      },
    });
    expect((await claimOf(`event:${startEvent}`)).outcome).toBe("overdue");
    // A happened event is no claim to rule on…
    const ruled = await createRecord(
      db,
      rulingRecords,
      editorA,
      input({ claim: `event:${started.id}`, outcome: "met", reason: "r", supersedes: `event:${startEvent}` }),
    );
    expect(ruled).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { outcome: [expect.stringMatching(/not a claim to rule on/)] },
    });
    // …but it can name the plan it fulfils.
    saved(await createRecord(db, rulingRecords, editorA, input({ claim: `event:${started.id}`, supersedes: `event:${startEvent}` })));
    const claim = await claimOf(`event:${startEvent}`);
    expect(claim).toMatchObject({ outcome: "missed", basis: "evidence", evidence: { events: [{ id: started.id }] } });
    expect((await getClaims(db, { outcome: "missed", route: "instc-west" }, today)).map((found) => found.ref)).toContainEqual({
      kind: "event",
      id: startEvent,
    });
  });

  it("a route page's few claims are the latest target dates, chosen in SQL, and the count is of them all", async () => {
    const latest = await getClaims(db, { route: "middle-corridor" }, today, { latest: 3 });
    // Three dated ones, latest first, then (at most three) undated ones: the route's three undated transit-time plans and forecasts.
    expect(latest.map((claim) => claim.due?.date ?? null)).toEqual(["2030-12-31", "2029-12-31", "2025-12-31", null, null, null]);
    expect(latest.every((claim) => claim.route?.slug === "middle-corridor")).toBe(true);
    const all = await getClaims(db, { route: "middle-corridor" }, today);
    expect(all.length).toBe(10);
    expect(await countClaims(db, { route: "middle-corridor" })).toEqual({ total: 10, undated: 3 });
    expect(await countClaims(db, { metric: "middle_corridor_containers" })).toEqual({ total: 2, undated: 0 });
    expect((await getClaims(db, { route: "middle-corridor" }, today, { latest: 2 })).filter((claim) => claim.due === null)).toHaveLength(2);
  });

  it("the database refuses a ruling without its reason even when a write bypasses the app", async () => {
    await expect(
      db.prisma.claimRuling.create({ data: { claimKind: "figure", claimId: indiaTarget + 1, outcome: "met", reason: null } }),
    ).rejects.toThrow();
    await expect(
      db.prisma.claimRuling.create({ data: { claimKind: "event", claimId: landEvent, supersedesKind: "event", supersedesId: landEvent } }),
    ).rejects.toThrow();
  });
});
