import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FigureInputSchema, type FigureFormValues } from "@/lib/admin/figure-input";
import { figureRecords } from "@/lib/admin/figures/figure-records";
import { createRecord, deleteRecord, restoreRecord, updateRecord } from "@/lib/admin/records/record-writes";
import { rateLimit, reserveSignInAttempt } from "@/lib/auth/rate-limit";
import { hashPassword } from "@/lib/auth/password";
import { signIn, wrongCredentials } from "@/lib/auth/sign-in";
import { ensureDemoEditor, demoEditor } from "@/lib/auth/demo-editor";
import { applyMigrations } from "@/lib/db/migrations";
import { figureForm } from "../support/record-fixtures";
import { createEditors, databaseKinds, openSeededDatabase, openTestDatabase, type TestDatabase } from "./test-databases";

const form = figureForm;
const input = (overrides: Partial<FigureFormValues> = {}) => FigureInputSchema.parse(form(overrides));
// Figures are written through the same record writes as every kind (record-writes.ts), their definition in figure-records.ts.
const createFigure = (db: TestDatabase, editorId: number | null, figure: ReturnType<typeof input>) =>
  createRecord(db, figureRecords, editorId, figure);
const updateFigure = (db: TestDatabase, editorId: number, id: number, version: number, figure: ReturnType<typeof input>) =>
  updateRecord(db, figureRecords, editorId, id, version, figure);
const deleteFigure = (db: TestDatabase, editorId: number, id: number, version: number) =>
  deleteRecord(db, figureRecords, editorId, id, version);
const restoreFigure = (db: TestDatabase, editorId: number, id: number, revisionId: number, version: number) =>
  restoreRecord(db, figureRecords, editorId, id, revisionId, version);

describe.each(databaseKinds)("figure writes on the %s database", (kind) => {
  let db: TestDatabase;
  let editorA: number;
  let editorB: number;
  const revisions = (figureId: number) =>
    db.prisma.recordRevision.findMany({ where: { recordType: "figure", recordId: figureId }, orderBy: { id: "asc" } });

  beforeAll(async () => {
    db = await openSeededDatabase(kind);
    [editorA, editorB] = await createEditors(db, "Editor A", "Editor B");
  });
  afterAll(() => db.dispose());

  it("creates a figure with the exact value typed and a create revision", async () => {
    const result = await createFigure(db, editorA, input({ value: "4.0" }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.record.value).toBe("4.0");
    const [revision] = await revisions(result.record.id);
    expect(revision).toMatchObject({ action: "create", editorId: editorA, version: 1, before: null });
    expect(revision!.after).toMatchObject({ value: "4.0", periodLabel: "H1 2025", sourceDate: "2025-07", deleted: false });
  });

  it("of two concurrent saves of the same version, exactly one wins; the other gets a conflict with the winner's values", async () => {
    const created = await createFigure(db, editorA, input());
    if (!created.ok) throw new Error("create failed");
    const id = created.record.id;
    const results = await Promise.all([
      updateFigure(db, editorA, id, 1, input({ value: "600000", note: "A's correction" })),
      updateFigure(db, editorB, id, 1, input({ value: "700000", note: "B's correction" })),
    ]);
    const winners = results.filter((result) => result.ok);
    const conflicts = results.filter((result) => !result.ok && result.kind === "conflict");
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    const winner = winners[0]!.ok ? winners[0]!.record : null;
    const conflict = conflicts[0]!;
    if (conflict.ok || conflict.kind !== "conflict") throw new Error("expected a conflict");
    expect(conflict.current.value).toBe(winner!.value);
    expect(conflict.current.version).toBe(2);

    // The loser applies theirs on top of the winner's version: nothing was lost, and history holds both saves.
    const loserValue = winner!.value === "600000" ? "700000" : "600000";
    const applied = await updateFigure(db, editorA, id, 2, input({ value: loserValue }));
    expect(applied.ok).toBe(true);
    const history = await revisions(id);
    expect(history.map((revision) => [revision.action, revision.version, (revision.after as FigureFormValues).value])).toEqual([
      ["create", 1, "512000"],
      ["update", 2, winner!.value],
      ["update", 3, loserValue],
    ]);
    expect((history[1]!.before as FigureFormValues).value).toBe("512000");
  });

  it("leaves no revision behind when a write fails", async () => {
    const created = await createFigure(db, editorA, input());
    if (!created.ok) throw new Error("create failed");
    const before = await db.prisma.recordRevision.count();
    expect(await updateFigure(db, editorA, created.record.id, 1, input({ metric: "no_such_metric" }))).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { metric: ['Unknown metric "no_such_metric"'] },
    });
    expect(await updateFigure(db, editorA, created.record.id, 7, input())).toMatchObject({ ok: false, kind: "conflict" });
    // A constraint the database enforces (the schema would refuse this too; here it is bypassed on purpose).
    await expect(updateFigure(db, editorA, created.record.id, 1, { ...input(), subject: " " })).rejects.toThrow(/figures_subject_present/);
    expect(await db.prisma.recordRevision.count()).toBe(before);
    expect((await db.prisma.figure.findUniqueOrThrow({ where: { id: created.record.id } })).version).toBe(1);
  });

  it("deletes softly and restores from history, each as a new revision", async () => {
    const created = await createFigure(db, editorA, input({ value: "100" }));
    if (!created.ok) throw new Error("create failed");
    const id = created.record.id;
    await updateFigure(db, editorA, id, 1, input({ value: "200" }));
    expect(await deleteFigure(db, editorA, id, 2)).toMatchObject({ ok: true });
    expect(await updateFigure(db, editorA, id, 3, input())).toMatchObject({ ok: false, kind: "not_found" });
    const [createRevision] = await revisions(id);
    const restored = await restoreFigure(db, editorB, id, createRevision!.id, 3);
    if (!restored.ok) throw new Error(JSON.stringify(restored));
    expect(restored.record.value).toBe("100");
    const history = await revisions(id);
    expect(history.map((revision) => revision.action)).toEqual(["create", "update", "delete", "restore"]);
    // Named by the version it brings back, as the history page numbers its revisions (not by a database id).
    expect(history[3]).toMatchObject({ editorId: editorB, version: 4, comment: "Restored the state of version 1" });
    expect((await db.prisma.figure.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
    expect((await figureRecords.read(db.prisma, id))?.values.value).toBe("100");
  });

  it("keeps history append-only: the database refuses to change or remove a revision", async () => {
    const [first] = await db.prisma.recordRevision.findMany({ where: { recordType: "figure" }, take: 1 });
    await expect(db.prisma.recordRevision.update({ where: { id: first!.id }, data: { comment: "rewritten" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.prisma.recordRevision.delete({ where: { id: first!.id } })).rejects.toThrow(/append-only/);
  });
});

describe.each(databaseKinds)("sign-in on the %s database", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.migrationAdapter());
    await db.prisma.editor.create({
      data: { email: "editor@example.org", name: "Editor", passwordHash: await hashPassword("correct horse battery staple") },
    });
    await ensureDemoEditor(db.prisma);
  });
  afterAll(() => db.dispose());

  it("signs in with the right password and gives one message for a wrong password or an unknown account", async () => {
    expect(await signIn(db, { email: "editor@example.org", password: "correct horse battery staple" }, "10.0.0.1")).toMatchObject({
      ok: true,
      editor: { email: "editor@example.org" },
    });
    expect(await signIn(db, { email: "editor@example.org", password: "wrong" }, "10.0.0.1")).toEqual({
      ok: false,
      status: 401,
      message: wrongCredentials,
    });
    expect(await signIn(db, { email: "nobody@example.org", password: "wrong" }, "10.0.0.1")).toEqual({
      ok: false,
      status: 401,
      message: wrongCredentials,
    });
  });

  it(
    kind === "embedded" ? "accepts the demo editor on the embedded database" : "refuses the demo editor on a PostgreSQL server",
    async () => {
      const result = await signIn(db, { email: demoEditor.email, password: demoEditor.password }, "10.0.0.9");
      expect(result.ok).toBe(kind === "embedded");
    },
  );

  it(`after ${rateLimit.maxFailures} failures on an account, refuses the addresses that failed, not the editor's own`, async () => {
    for (let attempt = 0; attempt < rateLimit.maxFailures; attempt += 1) {
      expect(await signIn(db, { email: "editor@example.org", password: `guess ${attempt}` }, `10.1.0.${attempt}`)).toMatchObject({
        status: 401,
      });
    }
    // A stranger's address that already failed: refused, even with the right password.
    const locked = await signIn(db, { email: "editor@example.org", password: "correct horse battery staple" }, "10.1.0.3");
    expect(locked).toMatchObject({
      ok: false,
      status: 429,
      message: expect.stringMatching(/^Too many failed sign-in attempts\. Try again in \d+ minutes?\.$/),
    });
    // The editor's own address, with no failures: evaluated, and the right password signs in.
    expect(await signIn(db, { email: "editor@example.org", password: "correct horse battery staple" }, "10.2.0.1")).toMatchObject({
      ok: true,
    });
    // A fresh address gets one guess, then is refused like the others.
    expect(await signIn(db, { email: "editor@example.org", password: "guess" }, "10.2.0.2")).toMatchObject({ status: 401 });
    expect(await signIn(db, { email: "editor@example.org", password: "guess" }, "10.2.0.2")).toMatchObject({ status: 429 });
    const later = new Date(Date.now() + (rateLimit.windowMinutes + 1) * 60_000);
    expect(await reserveSignInAttempt(db.prisma, "editor@example.org", "10.1.0.3", later)).toMatchObject({ allowed: true });
  });

  it(`refuses everyone after ${rateLimit.maxAccountFailures} failures on one account (a distributed attack)`, async () => {
    const email = "distributed@example.org";
    for (let attempt = 0; attempt < rateLimit.maxAccountFailures; attempt += 1) {
      expect(await reserveSignInAttempt(db.prisma, email, `10.9.${attempt >> 8}.${attempt & 255}`), `attempt ${attempt}`).toMatchObject({
        allowed: true,
      });
    }
    expect(await reserveSignInAttempt(db.prisma, email, "10.8.0.1")).toMatchObject({ allowed: false });
  });

  it("locks a client address after repeated failures on any accounts, with the same message for unknown accounts", async () => {
    for (let attempt = 0; attempt < rateLimit.maxFailures; attempt += 1) {
      await signIn(db, { email: `someone${attempt}@example.org`, password: "guess" }, "10.3.0.1");
    }
    const blocked = await signIn(db, { email: "another@example.org", password: "guess" }, "10.3.0.1");
    expect(blocked).toMatchObject({ ok: false, status: 429 });
    expect(await signIn(db, { email: "another@example.org", password: "guess" }, "10.3.0.2")).toMatchObject({ status: 401 });
  });
});
