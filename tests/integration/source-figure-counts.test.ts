import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FigureInputSchema, type FigureFormValues } from "@/lib/admin/figure-input";
import { figureRecords } from "@/lib/admin/figures/figure-records";
import { createRecord, deleteRecord, restoreRecord, updateRecord } from "@/lib/admin/records/record-writes";
import { getSources } from "@/lib/data/sources/get-sources";
import { getSourcesPage } from "@/lib/data/sources/get-sources-page";
import { figureForm, saved } from "../support/record-fixtures";
import { createEditors, databaseKinds, openSeededDatabase, type TestDatabase } from "./test-databases";

// /sources reads each source's figure count from source_figure_counts, kept by statement-level triggers on figures
// (migration source_figure_counts). Whatever writes figures – the admin's writes, a soft delete and its restore, a
// bulk insert, a hard delete, a truncate – the table must equal the live figures grouped by source.

const form = (overrides: Partial<FigureFormValues> = {}) =>
  figureForm({ sourcePublisher: "Counting publisher", sourceTitle: "Counting article", ...overrides });

describe.each(databaseKinds)("source figure counts on the %s database", (kind) => {
  let db: TestDatabase;
  let editor: number;
  type Count = { source_key: string; figures: number; sort_publisher: string; sort_title: string };
  const stored = () =>
    db.prisma.$queryRaw<Count[]>`SELECT source_key, figures, sort_publisher, sort_title FROM source_figure_counts ORDER BY source_key`;
  const grouped = () => db.prisma.$queryRaw<Count[]>`
    SELECT source_key(source_publisher, source_title, source_url, source_date, source_date_precision) AS source_key,
           count(*)::int AS figures, lower(source_publisher) AS sort_publisher, lower(source_title) AS sort_title
    FROM figures WHERE deleted_at IS NULL GROUP BY 1, 3, 4 ORDER BY 1`;
  const countOf = async (publisher: string) =>
    (
      await db.prisma.$queryRaw<
        { n: number }[]
      >`SELECT coalesce(sum(figures), 0)::int AS n FROM source_figure_counts WHERE publisher = ${publisher}`
    )[0]!.n;
  const expectCountsRight = async () => expect(await stored()).toEqual(await grouped());

  beforeAll(async () => {
    db = await openSeededDatabase(kind);
    [editor] = await createEditors(db, "Counting editor");
  });
  afterAll(() => db.dispose());

  it("counts the seeded figures by source", async () => {
    await expectCountsRight();
    expect((await stored()).length).toBeGreaterThan(300);
  });

  it("follows a create, a change of source, a soft delete and its restore", async () => {
    const created = saved(await createRecord(db, figureRecords, editor, FigureInputSchema.parse(form())));
    expect(await countOf("Counting publisher")).toBe(1);
    await expectCountsRight();

    const moved = saved(
      await updateRecord(
        db,
        figureRecords,
        editor,
        created.id,
        created.version,
        FigureInputSchema.parse(form({ sourcePublisher: "Other publisher" })),
      ),
    );
    expect([await countOf("Counting publisher"), await countOf("Other publisher")]).toEqual([0, 1]);
    expect(await db.prisma.$queryRaw`SELECT 1 FROM source_figure_counts WHERE publisher = 'Counting publisher'`).toEqual([]);
    await expectCountsRight();

    const deleted = saved(await deleteRecord(db, figureRecords, editor, created.id, moved.version));
    expect(await countOf("Other publisher")).toBe(0);
    await expectCountsRight();

    const deletion = await db.prisma.recordRevision.findFirstOrThrow({
      where: { recordType: "figure", recordId: created.id, action: "update" },
      orderBy: { id: "desc" },
    });
    saved(await restoreRecord(db, figureRecords, editor, created.id, deletion.id, deleted.version));
    expect(await countOf("Other publisher")).toBe(1);
    await expectCountsRight();
  });

  it("folds a bulk insert and a bulk delete in by statement, and /sources reads the same totals as the whole list", async () => {
    await db.prisma.$executeRaw`
      INSERT INTO figures (metric_id, subject, value, status, source_publisher, source_title, source_url, updated_at)
      SELECT m.id, 'Bulk ' || n, n, 'reported', 'Bulk publisher', 'Bulk report ' || (n % 3), CASE WHEN n % 2 = 0 THEN NULL ELSE 'https://example.org/' || n END, now()
      FROM metrics m CROSS JOIN generate_series(1, 300) n WHERE m.slug = 'transit_time'`;
    expect(await countOf("Bulk publisher")).toBe(300);
    await expectCountsRight();

    const whole = await getSources(db);
    const first = await getSourcesPage(db, 1, 50);
    expect(first.totals).toEqual({
      sources: whole.length,
      figures: whole.reduce((sum, source) => sum + source.figures.length, 0),
      events: whole.reduce((sum, source) => sum + source.events.length, 0),
    });
    // Page by page, the same sources in the same order as the whole list, with the same counts.
    const pages = Math.ceil(whole.length / 50);
    const paged = [];
    for (let page = 1; page <= pages; page += 1) paged.push(...(await getSourcesPage(db, page, 50)).sources);
    expect(paged.map((source) => [source.publisher, source.title, source.url, source.date, source.figureCount, source.eventCount])).toEqual(
      whole.map((source) => [source.publisher, source.title, source.url, source.date, source.figures.length, source.events.length]),
    );

    await db.prisma.$executeRaw`DELETE FROM figures WHERE source_publisher = 'Bulk publisher' AND subject LIKE 'Bulk 1%'`;
    expect(await countOf("Bulk publisher")).toBe(300 - 111);
    await expectCountsRight();
  });

  it("is emptied by a truncate of the figures", async () => {
    await db.prisma.$executeRawUnsafe("TRUNCATE figures CASCADE");
    expect(await stored()).toEqual([]);
    await expectCountsRight();
  });
});
