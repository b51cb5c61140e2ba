import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figureRecords } from "@/lib/admin/figures/figure-records";
import { getRecordHistory } from "@/lib/admin/records/record-history";
import { hashPassword } from "@/lib/auth/password";
import { applyMigrations, migrationsDir, readMigrationList } from "@/lib/db/migrations";
import type { SeedMetric } from "@/lib/seed/parse-seed-data";
import { readSeedData, seedDatabase } from "@/lib/seed/seed-database";
import { databaseKinds, openTestDatabase, type TestDatabase } from "./test-databases";

// The one_revisions_table migration moves every figure revision into record_revisions. Built at the migration
// before it, a database gets history of every kind, written as the code of that time wrote it (figures into
// figure_revisions, the rest into record_revisions); after the migration, each record's history reads the same.

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
    // Seeded as the code of that time did: without the metric fields later migrations add (a column Prisma is given,
    // even as null, must exist). Prisma gives a column with a default its default, so the card fields exist while the
    // seed runs and go again after, as the schema of that time had them.
    const data = await readSeedData();
    await db.prisma.$executeRawUnsafe(
      `ALTER TABLE metrics ADD COLUMN progress_against text NOT NULL DEFAULT '', ADD COLUMN card_metrics text NOT NULL DEFAULT ''`,
    );
    await seedDatabase(db.prisma, {
      ...data,
      metrics: data.metrics.map(({ overviewTrend: _later, ...metric }) => metric as typeof metric & SeedMetric),
    });
    await db.prisma.$executeRawUnsafe(`ALTER TABLE metrics DROP COLUMN progress_against, DROP COLUMN card_metrics`);
    editor = (
      await db.prisma.editor.create({
        data: { email: "historian@example.org", name: "Historian", passwordHash: await hashPassword("a long enough password") },
      })
    ).id;

    // Every revision is written as SQL, as the code of that time wrote it: today's record writes and reads need
    // columns that later migrations add (edited_at), so they cannot run on this schema. A record's state is its row.
    const snap = (values: object, version: number, deleted = false) => JSON.stringify({ ...values, version, deleted });
    const steps = (state: object, field: string, value: string): [string, number, string | null, string | null, string | null][] => {
      const edited = { ...state, [field]: value };
      return [
        ["update", 2, snap(state, 1), snap(edited, 2), null],
        ["delete", 3, snap(edited, 2), snap(edited, 3, true), null],
        ["restore", 4, snap(edited, 3, true), snap(state, 4), "Restored the state of revision 1"],
      ];
    };
    const stateOf = async (table: string, id: number): Promise<object> => {
      const [row] = await db.prisma.$queryRawUnsafe<{ state: Record<string, unknown> }[]>(
        `SELECT to_jsonb(t) - 'version' - 'created_at' - 'updated_at' AS state FROM ${table} t WHERE id = $1`,
        id,
      );
      return row!.state;
    };
    const idOf = async (sqlText: string): Promise<number> => (await db.prisma.$queryRawUnsafe<{ id: number }[]>(sqlText))[0]!.id;

    // Routes, metrics, events: history in record_revisions already, which the migration must leave as it was.
    const others: [string, string, number, string][] = [
      ["route", "routes", await idOf(`SELECT id FROM routes WHERE slug = 'instc-east'`), "via"],
      ["metric", "metrics", await idOf(`SELECT id FROM metrics WHERE slug = 'transit_time'`), "description"],
      ["event", "events", await idOf(`SELECT id FROM events ORDER BY id LIMIT 1`), "title"],
    ];
    for (const [type, table, id, field] of others) {
      const all = steps(await stateOf(table, id), field, "Edited.");
      for (const [action, version, was, now, comment] of type === "event" ? all : all.slice(0, 1)) {
        await db.prisma.$executeRawUnsafe(
          `INSERT INTO record_revisions (record_type, record_id, editor_id, action, version, before, after, comment)
           VALUES ($1::"RecordType", $2, $3, $4::"RevisionAction", $5, $6::jsonb, $7::jsonb, $8)`,
          type,
          id,
          editor,
          action,
          version,
          was,
          now,
          comment,
        );
      }
      records.push({ type, id });
    }

    // A ruling's history, as written then.
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO record_revisions (record_type, record_id, editor_id, action, version, before, after, comment)
       VALUES ('ruling', 9001, $1, 'create', 1, NULL, '{"claim":"figure 1","outcome":"met","reason":"It ran.","supersedes":"","version":1,"deleted":false}', NULL)`,
      editor,
    );
    records.push({ type: "ruling", id: 9001 });

    // Figures: created, edited, deleted softly and restored, as figure-writes.ts wrote them into figure_revisions.
    const figures = await db.prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT id FROM figures ORDER BY id LIMIT 2`);
    for (const { id } of figures) {
      const all = steps(await stateOf("figures", id), "note", "An editor's note");
      for (const [action, version, was, now, comment] of id === figures[0]!.id ? all : all.slice(0, 1)) {
        await db.prisma.$executeRawUnsafe(
          `INSERT INTO figure_revisions (figure_id, editor_id, action, version, before, after, comment)
           VALUES ($1, $2, $3::"RevisionAction", $4, $5::jsonb, $6::jsonb, $7)`,
          id,
          editor,
          action,
          version,
          was,
          now,
          comment,
        );
      }
      records.push({ type: "figure", id });
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
