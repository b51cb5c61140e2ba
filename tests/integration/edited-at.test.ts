import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FigureInputSchema } from "@/lib/admin/figure-input";
import { figureRecords } from "@/lib/admin/figures/figure-records";
import { updateRecord } from "@/lib/admin/records/record-writes";
import { RouteInputSchema } from "@/lib/admin/routes/route-input";
import { routeRecords } from "@/lib/admin/routes/route-records";
import { hashPassword } from "@/lib/auth/password";
import { kyselyAsOf } from "@/lib/db/kysely";
import { sql } from "kysely";
import { databaseKinds, openSeededDatabase, type TestDatabase } from "./test-databases";

// "Last changed" means an editor's change (issue 15): edited_at is set by the history's trigger from revisions that
// name an editor, never by the seed, the baseline revision written at a record's first change, or a system write.

describe.each(databaseKinds)("edited_at on the %s database", (kind) => {
  let db: TestDatabase;
  let editor: number;
  const figureRow = (id: number) => db.prisma.figure.findUniqueOrThrow({ where: { id }, select: { editedAt: true, updatedAt: true } });
  const seededFigure = async (offset: number) =>
    (await db.prisma.figure.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" }, skip: offset })).id;
  const editFigure = async (editorId: number | null, id: number, note: string) => {
    const current = (await figureRecords.read(db.prisma, id))!;
    const result = await updateRecord(
      db,
      figureRecords,
      editorId,
      id,
      current.version,
      FigureInputSchema.parse({ ...current.values, note }),
    );
    if (!result.ok || result.unchanged) throw new Error(`the write did not change figure ${id}: ${JSON.stringify(result)}`);
  };
  const revisionsOf = (type: "figure" | "route", recordId: number) =>
    db.prisma.recordRevision.findMany({ where: { recordType: type, recordId }, orderBy: { id: "asc" } });

  beforeAll(async () => {
    db = await openSeededDatabase(kind);
    const passwordHash = await hashPassword("a long enough password");
    editor = (await db.prisma.editor.create({ data: { email: "edits@example.org", name: "Editor", passwordHash } })).id;
  });
  afterAll(() => db.dispose());

  it("leaves every seeded record unedited, though each has an updated_at", async () => {
    const counts = await Promise.all([
      db.prisma.figure.count({ where: { editedAt: { not: null } } }),
      db.prisma.metric.count({ where: { editedAt: { not: null } } }),
      db.prisma.route.count({ where: { editedAt: { not: null } } }),
      db.prisma.event.count({ where: { editedAt: { not: null } } }),
    ]);
    expect(counts).toEqual([0, 0, 0, 0]);
    expect(await db.prisma.figure.count()).toBeGreaterThan(0);
  });

  it("sets a figure's edited_at to the time of an editor's revision, and not to the baseline's before it", async () => {
    const id = await seededFigure(0);
    await editFigure(editor, id, "An editor's note");
    const [baseline, edit] = await revisionsOf("figure", id);
    expect(baseline).toMatchObject({ action: "create", editorId: null });
    expect(edit).toMatchObject({ action: "update", editorId: editor });
    expect((await figureRow(id)).editedAt).toEqual(edit!.createdAt);
    expect(baseline!.createdAt.getTime()).toBeLessThanOrEqual(edit!.createdAt.getTime());
  });

  it("ignores a system write (no editor), baseline included", async () => {
    const id = await seededFigure(1);
    await editFigure(null, id, "A seed correction");
    const revisions = await revisionsOf("figure", id);
    expect(revisions.map((revision) => [revision.action, revision.editorId])).toEqual([
      ["create", null],
      ["update", null],
    ]);
    const row = await figureRow(id);
    expect(row.editedAt).toBeNull();
    // updated_at moved with the write: it is the column that cannot tell the two apart.
    expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(revisions[1]!.createdAt.getTime() - 1000);
  });

  it("moves forward with each later edit and marks routes too", async () => {
    const id = await seededFigure(0);
    const first = (await figureRow(id)).editedAt!;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await editFigure(editor, id, "A second note");
    const second = (await figureRow(id)).editedAt!;
    expect(second.getTime()).toBeGreaterThan(first.getTime());

    const route = await db.prisma.route.findFirstOrThrow({ orderBy: { id: "asc" } });
    const values = (await routeRecords.read(db.prisma, route.id))!.values;
    const result = await updateRecord(
      db,
      routeRecords,
      editor,
      route.id,
      route.version,
      RouteInputSchema.parse({ ...values, via: `${values.via} ` + "(edited)" }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const edits = (await revisionsOf("route", route.id)).filter((revision) => revision.editorId === editor);
    expect((await db.prisma.route.findUniqueOrThrow({ where: { id: route.id } })).editedAt).toEqual(edits.at(-1)!.createdAt);
  });

  it("is as it stood at a moment when read through the as_of views", async () => {
    const id = await seededFigure(0);
    const [baseline, firstEdit] = await revisionsOf("figure", id);
    const editedAt = async (moment: Date) => {
      const { rows } = await sql<{ edited_at: Date | null }>`SELECT edited_at FROM figures WHERE id = ${id}`.execute(
        kyselyAsOf(db.prisma, moment),
      );
      return rows[0]?.edited_at ?? null;
    };
    expect(await editedAt(new Date(firstEdit!.createdAt.getTime() - 1))).toBeNull();
    expect(await editedAt(firstEdit!.createdAt)).toEqual(firstEdit!.createdAt);
    expect(await editedAt(new Date())).toEqual((await figureRow(id)).editedAt);
    expect(baseline!.editorId).toBeNull();
  });
});
