import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figureRecords } from "@/lib/admin/figures/figure-records";
import { createRecord, updateRecord } from "@/lib/admin/records/record-writes";
import { FigureInputSchema, type FigureFormValues } from "@/lib/admin/figure-input";
import { toFormValues } from "@/lib/admin/figure-snapshot";
import { applyImport, planImport, summarise } from "@/lib/admin/import/import-figures";
import { hashPassword } from "@/lib/auth/password";
import { figureCsvColumns, figuresToCsv } from "@/lib/csv/figure-csv";
import { parseFiguresCsv } from "@/lib/csv/import/parse-figures-csv";
import { selectFigures } from "@/lib/data/figures/select-figures";
import { applyMigrations } from "@/lib/db/migrations";
import { readSeedData, seedDatabase } from "@/lib/seed/seed-database";
import { databaseKinds, openTestDatabase, type TestDatabase } from "./test-databases";
import { sql } from "kysely";

// Import and export are each other's inverse: what is exported imports as "unchanged", and imported into an
// empty database as new figures it exports to the same cells. Malformed files write nothing at all.

const trickyTexts = [
  "comma, inside",
  'a "quoted" word',
  "line one\nline two\r\nline three",
  "007",
  "=1+1",
  "-17% on 2022",
  "+48%",
  "@mention",
  "'=already quoted",
  "روسیه و ایران",
  "Россия и Иран",
  "Azərbaycan Dəmir Yolları",
  "🚂📦",
  "x".repeat(10_000),
];

const encode = (text: string) => new TextEncoder().encode(text);

async function exportAll(db: TestDatabase): Promise<string> {
  return figuresToCsv(await selectFigures(db.kysely, [], sql`ORDER BY f.id`), { header: true });
}

async function prepare(kind: (typeof databaseKinds)[number], seed: boolean) {
  const db = await openTestDatabase(kind);
  await applyMigrations(db.migrationAdapter());
  if (seed) await seedDatabase(db.prisma, await readSeedData());
  else {
    const data = await readSeedData();
    await seedDatabase(db.prisma, { ...data, figures: [], events: [] });
  }
  const editor = await db.prisma.editor.create({
    data: { email: `importer@example.org`, name: "Importer", passwordHash: await hashPassword("a long enough password") },
  });
  return { db, editorId: editor.id };
}

async function counts(db: TestDatabase) {
  return { figures: await db.prisma.figure.count(), revisions: await db.prisma.recordRevision.count({ where: { recordType: "figure" } }) };
}

describe.each(databaseKinds)("CSV import on the %s database", (kind) => {
  let db: TestDatabase;
  let editorId: number;
  beforeAll(async () => {
    ({ db, editorId } = await prepare(kind, true));
    const base: FigureFormValues = {
      metric: "russia_iran_trade_turnover",
      route: "",
      subject: "Russia–Iran",
      periodStart: "2030-01-01",
      periodEnd: "2030-12-31",
      periodLabel: "2030",
      value: "0.50",
      status: "forecast",
      sourcePublisher: "Test",
      sourceTitle: "Tricky text",
      sourceUrl: "",
      sourceDate: "2029-12",
      note: "",
    };
    for (const [index, text] of trickyTexts.entries()) {
      const created = await createRecord(
        db,
        figureRecords,
        editorId,
        FigureInputSchema.parse({
          ...base,
          subject: text.slice(0, 200),
          note: text,
          value: index % 2 ? "-50" : "0",
          sourcePublisher: text.slice(0, 200),
        }),
      );
      if (!created.ok) throw new Error(JSON.stringify(created));
    }
  });
  afterAll(() => db.dispose());

  it("reads its own export back as unchanged, every field of every row (seed data and tricky text)", async () => {
    const parsed = parseFiguresCsv(encode(await exportAll(db)));
    if (!parsed.ok) throw new Error(parsed.message);
    const plan = await planImport(db, parsed.rows, parsed.errors);
    const rows = (await readSeedData()).figures.length + trickyTexts.length;
    expect(summarise(plan)).toEqual({ rows, create: 0, update: 0, unchanged: rows, conflicts: 0, errors: 0 });
  });

  it("round-trips: export → import into an empty database → export gives the same cells (ids aside)", async () => {
    const first = await exportAll(db);
    const { db: fresh, editorId: freshEditor } = await prepare(kind, false);
    try {
      const parsed = parseFiguresCsv(encode(stripIds(first)));
      if (!parsed.ok) throw new Error(parsed.message);
      const plan = await planImport(fresh, parsed.rows, parsed.errors);
      expect(plan.errors).toEqual([]);
      await applyImport(fresh, freshEditor, plan, { overwriteConflicts: false });
      const second = await exportAll(fresh);
      expect(cellsWithoutIds(second)).toEqual(cellsWithoutIds(first));
      expect(await fresh.prisma.recordRevision.count({ where: { recordType: "figure", action: "create", comment: "CSV import" } })).toBe(
        (await readSeedData()).figures.length + trickyTexts.length,
      );
    } finally {
      await fresh.dispose();
    }
  });

  it("round-trips byte for byte: export → import (nothing changes) → export", async () => {
    const first = await exportAll(db);
    const parsed = parseFiguresCsv(encode(first));
    if (!parsed.ok) throw new Error(parsed.message);
    await applyImport(db, editorId, await planImport(db, parsed.rows, parsed.errors), { overwriteConflicts: false });
    expect(await exportAll(db)).toBe(first);
  });

  it.each([
    ["a wrong header", "id,metric,value\r\n1,transit_time,5\r\n"],
    ["ragged rows", `${figureCsvColumns.join(",")}\r\n1,2,3\r\n`],
    ["an empty file", ""],
    ["a binary file", "PK\u0003\u0004\u0000\u0000"],
  ])("writes nothing for %s", async (_case, text) => {
    const before = await counts(db);
    expect(parseFiguresCsv(encode(text)).ok).toBe(false);
    expect(await counts(db)).toEqual(before);
  });

  it("applies nothing when one row is bad (all or nothing), and everything once it is fixed", async () => {
    const before = await counts(db);
    const good = newRow("first new", "1.5");
    const bad = newRow("second new", "1,5");
    const parsed = parseFiguresCsv(encode(`${figureCsvColumns.join(",")}\r\n${good}\r\n${bad}\r\n`));
    if (!parsed.ok) throw new Error(parsed.message);
    const plan = await planImport(db, parsed.rows, parsed.errors);
    expect(plan.errors).toEqual([{ line: 3, column: "value", message: expect.stringContaining("plain number") }]);
    await expect(applyImport(db, editorId, plan, { overwriteConflicts: false })).rejects.toThrow("errors");
    expect(await counts(db)).toEqual(before);

    const fixed = parseFiguresCsv(encode(`${figureCsvColumns.join(",")}\r\n${good}\r\n${newRow("second new", "1.5")}\r\n`));
    if (!fixed.ok) throw new Error(fixed.message);
    const summary = await applyImport(db, editorId, await planImport(db, fixed.rows, fixed.errors), { overwriteConflicts: false });
    expect(summary).toMatchObject({ create: 2, errors: 0 });
    expect(await counts(db)).toEqual({ figures: before.figures + 2, revisions: before.revisions + 2 });
  });

  it("reports a row whose figure changed since export as a conflict, and applies it only when asked", async () => {
    const exported = await exportAll(db);
    const [target] = await selectFigures(db.kysely, [sql`f.subject = 'comma, inside'`]);
    const meanwhile = await updateRecord(
      db,
      figureRecords,
      editorId,
      target!.id,
      target!.version,
      FigureInputSchema.parse({ ...toFormValues(target!), note: "changed meanwhile" }),
    );
    expect(meanwhile.ok).toBe(true);
    const edited = exported.replace(`"comma, inside",${target!.periodStart}`, `"comma, inside (import)",${target!.periodStart}`);
    expect(edited).not.toBe(exported);
    const parsed = parseFiguresCsv(encode(edited));
    if (!parsed.ok) throw new Error(parsed.message);
    const plan = await planImport(db, parsed.rows, parsed.errors);
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ id: target!.id, exportedVersion: target!.version, currentVersion: target!.version + 1 }),
    ]);
    await expect(applyImport(db, editorId, plan, { overwriteConflicts: false })).rejects.toThrow("conflicts");
    const summary = await applyImport(db, editorId, plan, { overwriteConflicts: true });
    expect(summary.conflicts).toBe(1);
    const [after] = await selectFigures(db.kysely, [sql`f.id = ${target!.id}`]);
    expect(after!.subject).toBe("comma, inside (import)");
    const last = await db.prisma.recordRevision.findFirstOrThrow({
      where: { recordType: "figure", recordId: target!.id },
      orderBy: { id: "desc" },
    });
    expect(last).toMatchObject({ action: "update", comment: "CSV import", version: target!.version + 2 });
  });
});

function newRow(subject: string, value: string): string {
  const cells: Record<string, string> = {
    metric: "transit_time",
    route: "instc-west",
    subject,
    value,
    unit: "days",
    status: "claim",
    source_publisher: "Import test",
    source_title: "Batch 1",
  };
  return figureCsvColumns
    .map((column) => {
      const cell = cells[column] ?? "";
      return cell.includes(",") ? `"${cell}"` : cell;
    })
    .join(",");
}

/** Blanks the id and version cells (so every row is a new figure), reading and writing with PapaParse. */
function stripIds(csv: string): string {
  const rows = Papa.parse<string[]>(csv, { newline: "\r\n", skipEmptyLines: true }).data;
  const blank = new Set([figureCsvColumns.indexOf("id"), figureCsvColumns.indexOf("version")]);
  const [header, ...body] = rows;
  return Papa.unparse([header!, ...body.map((row) => row.map((cell, index) => (blank.has(index) ? "" : cell)))], { newline: "\r\n" });
}

function cellsWithoutIds(csv: string): string[][] {
  const parsed = parseFiguresCsv(encode(csv));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rows.map((row) => [...Object.values(row.values), row.unit]);
}
