import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventRecords } from "@/lib/admin/events/event-records";
import { figureRecords } from "@/lib/admin/figures/figure-records";
import { metricRecords } from "@/lib/admin/metrics/metric-records";
import type { RecordDefinition } from "@/lib/admin/records/record-definition";
import { createRecord, deleteRecord, getRecordForEdit, restoreRecord, updateRecord } from "@/lib/admin/records/record-writes";
import { routeRecords } from "@/lib/admin/routes/route-records";
import { rulingRecords } from "@/lib/admin/rulings/ruling-records";
import { hashPassword } from "@/lib/auth/password";
import { pastReader } from "@/lib/data/as-of";
import { getEvents } from "@/lib/data/events/get-events";
import { getFigures } from "@/lib/data/figures/get-figures";
import { getMetric } from "@/lib/data/metrics/get-metrics";
import { getRoute } from "@/lib/data/routes/get-routes";
import { getRouteMap } from "@/lib/data/routes/get-route-map";
import type { SqlDatabase } from "@/lib/db/kysely";
import { databaseKinds, openSeededDatabase, type TestDatabase } from "./test-databases";

// `?asOf=` (issue 15): the data as it stood at a moment, rebuilt from record_revisions by the functions of the
// as_of migration and read through the same SQL as the present (lib/db/kysely.ts kyselyAsOf). Proven on both
// databases: with every record of every kind changed once, "as of now" is the tables row for row (so the
// migration's reading of each revision's form values agrees with the admin's writing of them); and edits,
// deletions, restores and renames replay at the moments between them.

/** A table's rows as JSON, in a fixed order, without `updated_at` (the row's is Prisma's clock, the history's the database's). */
async function tableRows(kysely: SqlDatabase, table: string, order: string, drop: string[] = []) {
  const { rows } = await sql<{ row: Record<string, unknown> }>`
    SELECT to_jsonb(x) - ${sql.raw(["updated_at", ...drop].map((column) => `'${column}'`).join(" - "))} AS row
    FROM ${sql.raw(table)} x ORDER BY ${sql.raw(order)}`.execute(kysely);
  return rows.map((entry) => entry.row);
}

const tables = [
  { table: "figures", order: "id" },
  { table: "metrics", order: "id" },
  { table: "routes", order: "id" },
  { table: "route_nodes", order: "route_id, seq", drop: ["id"] },
  { table: "events", order: "id" },
  { table: "event_metrics", order: "event_id, metric_id" },
  { table: "claim_rulings", order: "id" },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of every kind's definition
type AnyDefinition = RecordDefinition<any, any, any>;

/** A pause long enough for the database's clock to move past a moment taken in between. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 15));

describe.each(databaseKinds)("the data as of a moment, on the %s database", (kind) => {
  let db: TestDatabase;
  let editor: number;

  /** Saves a record with one field changed by `change`, as an editor would. */
  async function edit(definition: AnyDefinition, id: number, change: (values: Record<string, string>) => Record<string, string>) {
    const current = await getRecordForEdit(db, definition, id);
    if (!current) throw new Error(`no ${definition.noun} ${id}`);
    const { id: _id, version, updatedAt: _updatedAt, ...values } = current;
    const result = await updateRecord(
      db,
      definition,
      editor,
      id,
      version,
      definition.schema.parse(change(values as Record<string, string>)),
    );
    if (!result.ok) throw new Error(`could not save ${definition.noun} ${id}: ${JSON.stringify(result)}`);
    return result.record;
  }

  beforeAll(async () => {
    db = await openSeededDatabase(kind);
    editor = (
      await db.prisma.editor.create({
        data: { email: "as-of@example.org", name: "As-of editor", passwordHash: await hashPassword("a long enough password") },
      })
    ).id;
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("shows nothing before the data was loaded", async () => {
    const before = pastReader(db, new Date("2000-01-01T00:00:00Z"));
    expect(await getFigures(before)).toEqual([]);
    expect(await getRoute(before, "instc-west")).toBeNull();
  });

  it("replays an edit: the old value before it, the new one after, and a seeded figure's first state from its load", async () => {
    const [figure] = await getFigures(db, { metric: "russia_iran_trade_turnover" });
    const loaded = figure!;
    await tick();
    const beforeEdit = new Date();
    await tick();
    await edit(figureRecords, loaded.id, (values) => ({ ...values, value: "123.45" }));
    await tick();
    const afterEdit = new Date();
    const at = async (moment: Date) =>
      (await getFigures(pastReader(db, moment), { metric: "russia_iran_trade_turnover" })).find((candidate) => candidate.id === loaded.id);
    // Before its first change the figure had no revision: the baseline written with the edit holds its loaded state.
    expect(await at(beforeEdit)).toMatchObject({ value: loaded.value, version: loaded.version, source: loaded.source });
    expect(await at(afterEdit)).toMatchObject({ value: "123.45", version: loaded.version + 1 });
    expect((await getFigures(db, { metric: "russia_iran_trade_turnover" })).find((candidate) => candidate.id === loaded.id)?.value).toBe(
      "123.45",
    );
  });

  it("replays a deletion and a restore, and a renamed route keeps its figures under the name of the day", async () => {
    const [figure] = await getFigures(db, { route: "instc-east" });
    const id = figure!.id;
    const deletion = await deleteRecord(db, figureRecords, editor, id, figure!.version);
    expect(deletion.ok).toBe(true);
    await tick();
    const whileDeleted = new Date();
    await tick();
    const revision = await db.prisma.recordRevision.findFirstOrThrow({
      where: { recordType: "figure", recordId: id, action: "delete" },
      orderBy: { id: "desc" },
    });
    const restored = await restoreRecord(db, figureRecords, editor, id, revision.id, revision.version);
    expect(restored.ok).toBe(true);
    await tick();
    const afterRestore = new Date();
    const ids = async (moment: Date) => (await getFigures(pastReader(db, moment), { route: "instc-east" })).map((entry) => entry.id);
    expect(await ids(whileDeleted)).not.toContain(id);
    expect(await ids(afterRestore)).toContain(id);

    const route = await db.prisma.route.findUniqueOrThrow({ where: { slug: "instc-east" } });
    const beforeRename = new Date();
    await tick();
    await edit(routeRecords, route.id, (values) => ({ ...values, name: "INSTC eastern route (renamed)" }));
    await tick();
    const afterRename = new Date();
    expect((await getRoute(pastReader(db, beforeRename), "instc-east"))?.name).toBe(route.name);
    expect((await getRoute(pastReader(db, afterRename), "instc-east"))?.name).toBe("INSTC eastern route (renamed)");
    // The figures are there at both moments, each under the route as it was named then.
    const names = async (moment: Date) =>
      new Set((await getFigures(pastReader(db, moment), { route: "instc-east" })).map((entry) => entry.route?.name));
    expect(await names(beforeRename)).toEqual(new Set([route.name]));
    expect(await names(afterRename)).toEqual(new Set(["INSTC eastern route (renamed)"]));
  });

  it("replays a route's map path and an event's metrics from their history", async () => {
    const route = await db.prisma.route.findUniqueOrThrow({ where: { slug: "middle-corridor" }, include: { nodes: true } });
    const before = new Date();
    await tick();
    // The first stop and the last: the shortest path the form takes.
    await edit(routeRecords, route.id, (values) => {
      const lines = values.nodes!.split("\n");
      return { ...values, nodes: [lines[0], lines.at(-1)].join("\n") };
    });
    await tick();
    const after = new Date();
    const nodesAt = async (moment: Date) =>
      (await getRouteMap(pastReader(db, moment))).routes.find((candidate) => candidate.slug === "middle-corridor")!.nodes.length;
    expect(await nodesAt(before)).toBe(route.nodes.length);
    expect(await nodesAt(after)).toBe(2);

    const [event] = (await getEvents(db, { metrics: ["azerbaijan_instc_transit"] })).slice(-1);
    const beforeUnlink = new Date();
    await tick();
    await edit(eventRecords, event!.id, (values) => ({ ...values, metrics: "" }));
    await tick();
    const afterUnlink = new Date();
    const linked = async (moment: Date) =>
      (await getEvents(pastReader(db, moment), { metrics: ["azerbaijan_instc_transit"] })).some((entry) => entry.id === event!.id);
    expect(await linked(beforeUnlink)).toBe(true);
    expect(await linked(afterUnlink)).toBe(false);
    expect(await getMetric(pastReader(db, afterUnlink), "azerbaijan_instc_transit")).not.toBeNull();
  });

  it("with every record of every kind changed, 'as of now' is every table row for row", async () => {
    const ids = async (table: string) =>
      (await db.prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT id FROM ${table} ORDER BY id`)).map((row) => row.id);
    for (const id of await ids("metrics"))
      await edit(metricRecords, id, (values) => ({ ...values, description: `${values.description} (checked)` }));
    for (const id of await ids("routes")) await edit(routeRecords, id, (values) => ({ ...values, via: `${values.via} (checked)` }));
    for (const id of await ids("events")) await edit(eventRecords, id, (values) => ({ ...values, title: `${values.title} (checked)` }));
    for (const id of await ids("figures WHERE deleted_at IS NULL"))
      await edit(figureRecords, id, (values) => ({ ...values, subject: `${values.subject} (checked)` }));
    const [plan] = await getFigures(db, { status: "plan" });
    const ruling = await createRecord(
      db,
      rulingRecords,
      editor,
      rulingRecords.schema.parse({
        claim: `figure:${plan!.id}`,
        outcome: "withdrawn",
        reason: "Withdrawn by its ministry",
        supersedes: "",
      }),
    );
    expect(ruling.ok).toBe(true);
    await tick();
    const now = pastReader(db, new Date());
    for (const { table, order, drop } of tables) {
      const present = await tableRows(db.kysely, table, order, drop);
      expect(present.length, table).toBeGreaterThan(0);
      expect(await tableRows(now.kysely, table, order, drop), table).toEqual(present);
    }
  });
});
