import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventInputSchema } from "@/lib/admin/events/event-input";
import { eventRecords } from "@/lib/admin/events/event-records";
import { figureRecords } from "@/lib/admin/figures/figure-records";
import { MetricInputSchema } from "@/lib/admin/metrics/metric-input";
import { metricRecords } from "@/lib/admin/metrics/metric-records";
import { getRecordHistory } from "@/lib/admin/records/record-history";
import { deleteRecord, restoreRecord, updateRecord } from "@/lib/admin/records/record-writes";
import { RouteInputSchema } from "@/lib/admin/routes/route-input";
import { routeRecords } from "@/lib/admin/routes/route-records";
import { hashPassword } from "@/lib/auth/password";
import { applyMigrations, migrationsDir, readMigrationList } from "@/lib/db/migrations";
import { readSeedData, seedDatabase } from "@/lib/seed/seed-database";
import { databaseKinds, openTestDatabase, type TestDatabase } from "./test-databases";

// The one_revisions_table migration moves every figure revision into record_revisions. Built at the migration
// before it, a database gets history of every kind (routes, metrics and events through the record writes; figures
// and rulings as the code of that time wrote them); after the migration, each record's history reads the same.

const moveMigration = "one_revisions_table";

type HistoryRow = {
  editor_id: number | null;
  action: string;
  version: number;
  before: unknown;
  after: unknown;
  comment: string | null;
  created_at: Date;
};
const columns = "editor_id, action::text AS action, version, before, after, comment, created_at";

async function recordHistory(db: TestDatabase, type: string, id: number): Promise<HistoryRow[]> {
  return db.prisma.$queryRawUnsafe<HistoryRow[]>(
    `SELECT ${columns} FROM record_revisions WHERE record_type::text = $1 AND record_id = $2 ORDER BY id`,
    type,
    id,
  );
}

async function oldFigureHistory(db: TestDatabase, id: number): Promise<HistoryRow[]> {
  return db.prisma.$queryRawUnsafe<HistoryRow[]>(`SELECT ${columns} FROM figure_revisions WHERE figure_id = $1 ORDER BY id`, id);
}

describe.each(databaseKinds)("moving figure revisions into the one revisions table on the %s database", (kind) => {
  let db: TestDatabase;
  let before: string;
  let editor: number;
  const records: { type: string; id: number }[] = [];
  const histories = new Map<string, HistoryRow[]>();

  beforeAll(async () => {
    const all = (await readMigrationList()).migrationDirectories.map((entry) => entry.path);
    const index = all.findIndex((name) => name.endsWith(`_${moveMigration}`));
    expect(index).toBeGreaterThan(0);
    before = await mkdtemp(path.join(tmpdir(), "cw-migrations-"));
    await cp(path.join(migrationsDir, "migration_lock.toml"), path.join(before, "migration_lock.toml"));
    for (const name of all.slice(0, index)) await cp(path.join(migrationsDir, name), path.join(before, name), { recursive: true });

    db = await openTestDatabase(kind);
    await applyMigrations(db.migrationAdapter(), before);
    await seedDatabase(db.prisma, await readSeedData());
    editor = (
      await db.prisma.editor.create({
        data: { email: "historian@example.org", name: "Historian", passwordHash: await hashPassword("a long enough password") },
      })
    ).id;

    // Routes, metrics, events: edited, deleted and restored through the record writes of today.
    const route = await db.prisma.route.findUniqueOrThrow({ where: { slug: "instc-east" } });
    const routeValues = (await routeRecords.read(db.prisma, route.id))!.values;
    expect(
      (
        await updateRecord(
          db,
          routeRecords,
          editor,
          route.id,
          1,
          RouteInputSchema.parse({ ...routeValues, via: "Kazakhstan–Turkmenistan–Iran (edited)" }),
        )
      ).ok,
    ).toBe(true);
    const metric = await db.prisma.metric.findUniqueOrThrow({ where: { slug: "transit_time" } });
    const metricValues = (await metricRecords.read(db.prisma, metric.id))!.values;
    expect(
      (await updateRecord(db, metricRecords, editor, metric.id, 1, MetricInputSchema.parse({ ...metricValues, description: "Edited." })))
        .ok,
    ).toBe(true);
    const event = await db.prisma.event.findFirstOrThrow({ orderBy: { id: "asc" } });
    const eventValues = (await eventRecords.read(db.prisma, event.id))!.values;
    expect(
      (
        await updateRecord(
          db,
          eventRecords,
          editor,
          event.id,
          1,
          EventInputSchema.parse({ ...eventValues, title: `${eventValues.title} (edited)` }),
        )
      ).ok,
    ).toBe(true);
    expect((await deleteRecord(db, eventRecords, editor, event.id, 2)).ok).toBe(true);
    const [, edit] = await db.prisma.recordRevision.findMany({
      where: { recordType: "event", recordId: event.id },
      orderBy: { id: "asc" },
    });
    expect((await restoreRecord(db, eventRecords, editor, event.id, edit!.id, 3)).ok).toBe(true);
    records.push({ type: "route", id: route.id }, { type: "metric", id: metric.id }, { type: "event", id: event.id });

    // A ruling's history, as written then.
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO record_revisions (record_type, record_id, editor_id, action, version, before, after, comment)
       VALUES ('ruling', 9001, $1, 'create', 1, NULL, '{"claim":"figure 1","outcome":"met","reason":"It ran.","supersedes":"","version":1,"deleted":false}', NULL)`,
      editor,
    );
    records.push({ type: "ruling", id: 9001 });

    // Figures: created, edited, deleted softly and restored, as figure-writes.ts wrote them into figure_revisions.
    const [first, second] = await db.prisma.figure.findMany({ orderBy: { id: "asc" }, take: 2 });
    for (const figure of [first!, second!]) {
      const state = (await figureRecords.read(db.prisma, figure.id))!.values;
      const snap = (values: object, version: number, deleted = false) => JSON.stringify({ ...values, version, deleted });
      const edited = { ...state, note: "An editor's note" };
      const steps: [string, number, string | null, string | null, string | null][] = [
        ["update", 2, snap(state, 1), snap(edited, 2), null],
        ["delete", 3, snap(edited, 2), snap(edited, 3, true), null],
        ["restore", 4, snap(edited, 3, true), snap(state, 4), "Restored the state of revision 1"],
      ];
      for (const [action, version, was, now, comment] of figure === first ? steps : steps.slice(0, 1)) {
        await db.prisma.$executeRawUnsafe(
          `INSERT INTO figure_revisions (figure_id, editor_id, action, version, before, after, comment)
           VALUES ($1, $2, $3::"RevisionAction", $4, $5::jsonb, $6::jsonb, $7)`,
          figure.id,
          editor,
          action,
          version,
          was,
          now,
          comment,
        );
      }
      records.push({ type: "figure", id: figure.id });
    }

    for (const { type, id } of records) {
      histories.set(`${type} ${id}`, type === "figure" ? await oldFigureHistory(db, id) : await recordHistory(db, type, id));
    }
    expect(await applyMigrations(db.migrationAdapter())).toEqual(all.slice(index));
  }, 120_000);

  afterAll(async () => {
    await db?.dispose();
    if (before) await rm(before, { recursive: true, force: true });
  });

  it("reads each record's history the same after the migration: every revision, in order, with its editor, states, comment and time", async () => {
    expect(histories.size).toBe(6);
    for (const [key, was] of histories) {
      const [type, id] = key.split(" ") as [string, string];
      expect(was.length, key).toBeGreaterThan(0);
      expect(await recordHistory(db, type, Number(id)), key).toEqual(was);
    }
  });

  it("shows a moved figure's history on its page as any record's: versions, actions and what changed", async () => {
    const figure = records.find((record) => record.type === "figure")!;
    const history = (await getRecordHistory(db, figureRecords, figure.id))!;
    expect(history.revisions.map((revision) => [revision.version, revision.action, revision.editor])).toEqual([
      [4, "restore", "Historian <historian@example.org>"],
      [3, "delete", "Historian <historian@example.org>"],
      [2, "update", "Historian <historian@example.org>"],
    ]);
    expect(history.revisions[2]!.changes).toEqual([
      { field: "note", label: "Note", before: expect.any(String), after: "An editor's note" },
    ]);
    // The deletion's after is the deleted state: its diff shows no field changed but the deletion itself.
    expect(history.revisions[1]!.changes.every((change) => change.after === "")).toBe(true);
  });

  it("leaves one revisions table, still append-only", async () => {
    const [table] = await db.prisma.$queryRaw<{ name: string | null }[]>`SELECT to_regclass('figure_revisions')::text AS name`;
    expect(table!.name).toBeNull();
    const [moved] = await db.prisma.recordRevision.findMany({ where: { recordType: "figure" }, take: 1 });
    await expect(db.prisma.recordRevision.update({ where: { id: moved!.id }, data: { comment: "rewritten" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.prisma.recordRevision.delete({ where: { id: moved!.id } })).rejects.toThrow(/append-only/);
  });
});
