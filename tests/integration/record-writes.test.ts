import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventInputSchema, type EventFormValues } from "@/lib/admin/events/event-input";
import { FigureInputSchema } from "@/lib/admin/figure-input";
import { figureRecords } from "@/lib/admin/figures/figure-records";
import { eventRecords } from "@/lib/admin/events/event-records";
import { MetricInputSchema, type MetricFormValues } from "@/lib/admin/metrics/metric-input";
import { metricRecords } from "@/lib/admin/metrics/metric-records";
import { getRecordHistory } from "@/lib/admin/records/record-history";
import { createRecord, deleteRecord, restoreRecord, updateRecord } from "@/lib/admin/records/record-writes";
import { RouteInputSchema, type RouteFormValues } from "@/lib/admin/routes/route-input";
import { routeRecords } from "@/lib/admin/routes/route-records";
import { applyMigrations } from "@/lib/db/migrations";
import { readSeedData, seedDatabase } from "@/lib/seed/seed-database";
import { saved } from "../support/record-fixtures";
import { createEditors, databaseKinds, nothingSeeded, openSeededDatabase, openTestDatabase, type TestDatabase } from "./test-databases";

// Routes, metrics and events share one write path (lib/admin/records): these prove its promises on both
// databases — version checks, history in the same transaction, deletes that keep history and can be undone —
// and each kind's own rules (an event's partial dates, a route's fixed slug, a metric's unit in use).

const eventForm = (overrides: Partial<EventFormValues> = {}): EventFormValues => ({
  date: "2024-05",
  title: "Test event: Rasht–Astara land handed over",
  route: "instc-west",
  status: "happened",
  sourcePublisher: "Test publisher",
  sourceTitle: "Test article",
  sourceUrl: "https://example.org/test",
  sourceDate: "2024-06-02",
  metrics: "",
  ...overrides,
});
const eventInput = (overrides: Partial<EventFormValues> = {}) => EventInputSchema.parse(eventForm(overrides));

const routeForm = (overrides: Partial<RouteFormValues> = {}): RouteFormValues => ({
  slug: "test-route",
  name: "Test route via the Black Sea",
  kind: "alternative",
  modes: "sea; rail",
  via: "Novorossiysk–Bosporus–Suez",
  description: "A route made by a test.",
  position: "9",
  nodes: "",
  ...overrides,
});
const routeInput = (overrides: Partial<RouteFormValues> = {}) => RouteInputSchema.parse(routeForm(overrides));

const metricForm = (overrides: Partial<MetricFormValues> = {}): MetricFormValues => ({
  slug: "test_metric",
  name: "Test metric",
  unit: "TEU",
  category: "transit",
  description: "A metric made by a test.",
  lookalikes: "",
  ...overrides,
});
const metricInput = (overrides: Partial<MetricFormValues> = {}) => MetricInputSchema.parse(metricForm(overrides));

describe.each(databaseKinds)("route, metric and event writes on the %s database", (kind) => {
  let db: TestDatabase;
  let editorA: number;
  let editorB: number;
  const revisions = (recordType: "route" | "metric" | "event", recordId: number) =>
    db.prisma.recordRevision.findMany({ where: { recordType, recordId }, orderBy: { id: "asc" } });

  beforeAll(async () => {
    db = await openSeededDatabase(kind);
    [editorA, editorB] = await createEditors(db, "Editor A", "Editor B");
  });
  afterAll(() => db.dispose());

  describe("events", () => {
    it("creates an event with month precision, stored as the month's first day, and records who created it", async () => {
      const event = saved(await createRecord(db, eventRecords, editorA, eventInput()));
      expect(event).toMatchObject({ date: "2024-05", route: "instc-west", status: "happened", sourceDate: "2024-06-02", version: 1 });
      const [row] = await db.prisma.$queryRaw<
        { date: string; date_precision: string; source_date: string; source_date_precision: string }[]
      >`
        SELECT date::text AS date, date_precision::text AS date_precision, source_date::text AS source_date,
               source_date_precision::text AS source_date_precision
        FROM events WHERE id = ${event.id}`;
      expect(row).toEqual({ date: "2024-05-01", date_precision: "month", source_date: "2024-06-02", source_date_precision: "day" });
      const history = await revisions("event", event.id);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({
        action: "create",
        editorId: editorA,
        version: 1,
        before: null,
        after: { ...eventForm(), version: 1, deleted: false },
      });
    });

    it("stores a year-only event and no route, source URL or source date as such", async () => {
      const event = saved(
        await createRecord(
          db,
          eventRecords,
          editorA,
          eventInput({ date: "2028", route: "", status: "planned", sourceUrl: "", sourceDate: "" }),
        ),
      );
      const row = await db.prisma.event.findUniqueOrThrow({ where: { id: event.id } });
      expect(row).toMatchObject({
        datePrecision: "year",
        routeId: null,
        status: "planned",
        sourceUrl: null,
        sourceDate: null,
        sourceDatePrecision: null,
      });
      expect(row.date.toISOString()).toBe("2028-01-01T00:00:00.000Z");
    });

    it("of two concurrent updates of the same version, exactly one wins; the other gets a conflict with the winner's values", async () => {
      const id = saved(await createRecord(db, eventRecords, editorA, eventInput())).id;
      const results = await Promise.all([
        updateRecord(db, eventRecords, editorA, id, 1, eventInput({ title: "A's correction", date: "2024-05-17" })),
        updateRecord(db, eventRecords, editorB, id, 1, eventInput({ title: "B's correction", date: "2024" })),
      ]);
      const winners = results.filter((result) => result.ok);
      const conflicts = results.filter((result) => !result.ok && result.kind === "conflict");
      expect(winners).toHaveLength(1);
      expect(conflicts).toHaveLength(1);
      const winner = saved(winners[0]!);
      const conflict = conflicts[0]!;
      if (conflict.ok || conflict.kind !== "conflict") throw new Error("expected a conflict");
      expect(winner.version).toBe(2);
      expect(conflict.current).toMatchObject({ title: winner.title, date: winner.date, version: 2, deleted: false });

      // The loser applies theirs on top of the winner's version; the history holds all three states.
      expect(saved(await updateRecord(db, eventRecords, editorB, id, 2, eventInput({ title: "Applied on top" })))).toMatchObject({
        title: "Applied on top",
        version: 3,
      });
      const history = await revisions("event", id);
      expect(history.map((revision) => [revision.action, revision.version])).toEqual([
        ["create", 1],
        ["update", 2],
        ["update", 3],
      ]);
      expect(history[2]).toMatchObject({ before: { title: winner.title }, after: { title: "Applied on top" } });
    });

    it("refuses an unknown route with a field error, and writes neither the event nor a revision", async () => {
      const [events, revisionCount] = [await db.prisma.event.count(), await db.prisma.recordRevision.count()];
      expect(await createRecord(db, eventRecords, editorA, eventInput({ route: "nowhere" }))).toEqual({
        ok: false,
        kind: "invalid",
        fieldErrors: { route: ['Unknown route "nowhere"'] },
      });
      expect(await db.prisma.event.count()).toBe(events);

      const existing = saved(await createRecord(db, eventRecords, editorA, eventInput()));
      const afterCreate = await db.prisma.recordRevision.count();
      expect(afterCreate).toBe(revisionCount + 1);
      const updated = await updateRecord(
        db,
        eventRecords,
        editorA,
        existing.id,
        1,
        eventInput({ route: "nowhere", title: "Should not be saved" }),
      );
      expect(updated).toEqual({ ok: false, kind: "invalid", fieldErrors: { route: ['Unknown route "nowhere"'] } });
      expect(await db.prisma.event.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
        title: eventForm().title,
        version: 1,
      });
      expect(await db.prisma.recordRevision.count()).toBe(afterCreate);
    });

    it("links an event to metrics, stores them as rows, and reads them back in the canonical text", async () => {
      const event = saved(
        await createRecord(db, eventRecords, editorA, eventInput({ metrics: "suez_transits cape_transits,suez_transits" })),
      );
      expect(event.metrics).toBe("cape_transits, suez_transits");
      const links = await db.prisma.eventMetric.findMany({ where: { eventId: event.id }, include: { metric: true } });
      expect(links.map((link) => link.metric.slug).sort()).toEqual(["cape_transits", "suez_transits"]);
      const [created] = await revisions("event", event.id);
      expect(created!.after).toMatchObject({ metrics: "cape_transits, suez_transits" });

      // Unlinking all is an edit like any other: a new version, the change in its revision.
      expect(saved(await updateRecord(db, eventRecords, editorB, event.id, 1, eventInput({ metrics: "" })))).toMatchObject({
        metrics: "",
        version: 2,
      });
      expect(await db.prisma.eventMetric.count({ where: { eventId: event.id } })).toBe(0);
      const history = (await getRecordHistory(db, eventRecords, event.id))!;
      expect(history.revisions[0]!.changes).toEqual([
        { field: "metrics", label: "Metrics", before: "cape_transits, suez_transits", after: "" },
      ]);
    });

    it("refuses unknown metrics with one field error naming them, and writes nothing", async () => {
      const [events, links] = [await db.prisma.event.count(), await db.prisma.eventMetric.count()];
      expect(await createRecord(db, eventRecords, editorA, eventInput({ metrics: "suez_transits, suez_transit" }))).toEqual({
        ok: false,
        kind: "invalid",
        fieldErrors: { metrics: ['Unknown metric "suez_transit"'] },
      });
      expect(await createRecord(db, eventRecords, editorA, eventInput({ metrics: "nope_one nope_two", route: "nowhere" }))).toEqual({
        ok: false,
        kind: "invalid",
        fieldErrors: { route: ['Unknown route "nowhere"'], metrics: ['Unknown metrics "nope_one", "nope_two"'] },
      });
      expect([await db.prisma.event.count(), await db.prisma.eventMetric.count()]).toEqual([events, links]);
    });

    it("refuses to delete a metric that events are linked to, naming them; once unlinked, it can be deleted", async () => {
      const metric = saved(await createRecord(db, metricRecords, editorA, metricInput({ slug: "linked_metric", name: "Linked metric" })));
      const event = saved(
        await createRecord(db, eventRecords, editorA, eventInput({ title: "Linked to the new metric", metrics: "linked_metric" })),
      );
      expect(await deleteRecord(db, metricRecords, editorA, metric.id, 1)).toEqual({
        ok: false,
        kind: "invalid",
        fieldErrors: {
          record: [
            "This metric cannot be deleted: 1 event (“Linked to the new metric”) is linked to it. Remove it from their Metrics first.",
          ],
        },
      });
      expect(await db.prisma.metric.findUnique({ where: { id: metric.id } })).not.toBeNull();
      saved(await updateRecord(db, eventRecords, editorA, event.id, 1, eventInput({ title: "Linked to the new metric", metrics: "" })));
      expect(saved(await deleteRecord(db, metricRecords, editorA, metric.id, 1))).toMatchObject({ id: metric.id });
    });

    it("takes an event's links with it when it is deleted, and back when it is restored", async () => {
      const event = saved(await createRecord(db, eventRecords, editorA, eventInput({ metrics: "instc_east_cargo" })));
      saved(await deleteRecord(db, eventRecords, editorA, event.id, 1));
      expect(await db.prisma.eventMetric.count({ where: { eventId: event.id } })).toBe(0);
      const deletion = await db.prisma.recordRevision.findFirstOrThrow({
        where: { recordType: "event", recordId: event.id, action: "delete" },
      });
      expect(saved(await restoreRecord(db, eventRecords, editorA, event.id, deletion.id, 2))).toMatchObject({
        metrics: "instc_east_cargo",
        version: 3,
      });
      expect(await db.prisma.eventMetric.count({ where: { eventId: event.id } })).toBe(1);
    });

    it("refuses a stale delete (conflict with the saved values); a delete keeps the values in history and a restore brings the event back under its id", async () => {
      const id = saved(await createRecord(db, eventRecords, editorA, eventInput())).id;
      saved(await updateRecord(db, eventRecords, editorB, id, 1, eventInput({ title: "Corrected by another editor" })));

      expect(await deleteRecord(db, eventRecords, editorA, id, 1)).toMatchObject({
        ok: false,
        kind: "conflict",
        current: { title: "Corrected by another editor", version: 2 },
      });
      expect(await db.prisma.event.findUnique({ where: { id } })).not.toBeNull();

      expect(saved(await deleteRecord(db, eventRecords, editorA, id, 2))).toMatchObject({ id, version: 3 });
      expect(await db.prisma.event.findUnique({ where: { id } })).toBeNull();
      expect(await deleteRecord(db, eventRecords, editorA, id, 3)).toEqual({ ok: false, kind: "not_found" });
      expect(await updateRecord(db, eventRecords, editorA, id, 2, eventInput())).toEqual({ ok: false, kind: "not_found" });

      const history = await getRecordHistory(db, eventRecords, id);
      expect(history).toMatchObject({ version: 3, deleted: true, title: "Corrected by another editor" });
      const deletion = history!.revisions[0]!;
      expect(deletion).toMatchObject({ action: "delete", version: 3, restorable: true, editor: "Editor A <editor-a@example.org>" });

      // Restoring with the version before the deletion is stale: the editor did not see the deletion.
      expect(await restoreRecord(db, eventRecords, editorB, id, deletion.id, 2)).toMatchObject({
        ok: false,
        kind: "conflict",
        current: { title: "Corrected by another editor", version: 3, deleted: true },
      });
      const restored = saved(await restoreRecord(db, eventRecords, editorB, id, deletion.id, 3));
      expect(restored).toMatchObject({ id, title: "Corrected by another editor", version: 4 });
      expect(await db.prisma.event.findUniqueOrThrow({ where: { id } })).toMatchObject({
        title: "Corrected by another editor",
        version: 4,
      });
      expect((await revisions("event", id)).map((revision) => revision.action)).toEqual(["create", "update", "delete", "restore"]);
      expect((await getRecordHistory(db, eventRecords, id))!.revisions[1]).toMatchObject({ action: "delete", restorable: false });
    });

    it("of two concurrent restores of a deleted event, exactly one re-creates it; the other gets a conflict", async () => {
      // Repeated, because the loser can lose at three moments: at the row lock, at the insert (a unique violation),
      // or between them (the winner committed after the loser found no row). CI once hit the third.
      for (let attempt = 0; attempt < 15; attempt++) {
        const id = saved(
          await createRecord(db, eventRecords, editorA, eventInput({ title: `Deleted, then restored twice at once (${attempt})` })),
        ).id;
        saved(await deleteRecord(db, eventRecords, editorA, id, 1));
        const deletion = (await revisions("event", id)).at(-1)!;
        const results = await Promise.all([
          restoreRecord(db, eventRecords, editorA, id, deletion.id, 2),
          restoreRecord(db, eventRecords, editorB, id, deletion.id, 2),
        ]);
        expect(results.filter((result) => result.ok)).toHaveLength(1);
        expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.kind)).toEqual(["conflict"]);
        expect((await revisions("event", id)).map((revision) => revision.action)).toEqual(["create", "delete", "restore"]);
      }
    });

    it("restores an earlier state of a live event as a new revision", async () => {
      const id = saved(await createRecord(db, eventRecords, editorA, eventInput({ title: "First title" }))).id;
      saved(await updateRecord(db, eventRecords, editorA, id, 1, eventInput({ title: "Second title", date: "2024-05-20" })));
      const [created] = await revisions("event", id);
      expect(saved(await restoreRecord(db, eventRecords, editorB, id, created!.id, 2))).toMatchObject({
        title: "First title",
        date: "2024-05",
        version: 3,
      });
      const history = await getRecordHistory(db, eventRecords, id);
      expect(history!.revisions[0]).toMatchObject({
        action: "restore",
        // Named by the version it brings back, as the history page numbers revisions (never by a database id).
        comment: `Restored the state of version ${created!.version}`,
        changes: [
          { field: "date", before: "2024-05-20", after: "2024-05" },
          { field: "title", before: "Second title", after: "First title" },
        ],
      });
    });

    it("keeps history append-only: the database refuses to change or remove a revision", async () => {
      const [first] = await db.prisma.recordRevision.findMany({ take: 1 });
      await expect(db.prisma.recordRevision.update({ where: { id: first!.id }, data: { comment: "rewritten" } })).rejects.toThrow(
        /append-only/,
      );
      await expect(db.prisma.recordRevision.delete({ where: { id: first!.id } })).rejects.toThrow(/append-only/);
    });
  });

  describe("routes", () => {
    it("creates a route with its modes in order and refuses a second route with the same slug", async () => {
      const route = saved(await createRecord(db, routeRecords, editorA, routeInput()));
      expect(route).toMatchObject({ slug: "test-route", modes: "sea; rail", position: "9", version: 1 });
      expect(await db.prisma.route.findUniqueOrThrow({ where: { id: route.id } })).toMatchObject({ modes: ["sea", "rail"], position: 9 });
      expect(await createRecord(db, routeRecords, editorA, routeInput({ name: "Another" }))).toEqual({
        ok: false,
        kind: "invalid",
        fieldErrors: { slug: ["The slug test-route is already the route “Test route via the Black Sea”"] },
      });
    });

    it("edits a seeded route (version 1, no revision yet), its seeded state kept as version 1 to restore, and keeps its slug fixed", async () => {
      const seeded = await db.prisma.route.findUniqueOrThrow({ where: { slug: "instc-caspian" } });
      const values = (await routeRecords.read(db.prisma, seeded.id))!.values;
      expect(await revisions("route", seeded.id)).toHaveLength(0);
      const renamed = saved(
        await updateRecord(db, routeRecords, editorA, seeded.id, 1, RouteInputSchema.parse({ ...values, name: "INSTC Caspian sea route" })),
      );
      expect(renamed).toMatchObject({ name: "INSTC Caspian sea route", version: 2 });
      const [baseline, revision, ...more] = await revisions("route", seeded.id);
      expect(more).toHaveLength(0);
      expect(baseline).toMatchObject({
        action: "create",
        editorId: null,
        version: 1,
        before: null,
        after: { ...values, version: 1, deleted: false },
      });
      expect(revision).toMatchObject({
        action: "update",
        before: { name: values.name, version: 1 },
        after: { name: "INSTC Caspian sea route", version: 2 },
      });
      // After one edit, the history offers the seeded state back.
      const history = await getRecordHistory(db, routeRecords, seeded.id);
      expect(history!.revisions.map((entry) => [entry.version, entry.action, entry.restorable])).toEqual([
        [2, "update", false],
        [1, "create", true],
      ]);
      const undone = saved(await restoreRecord(db, routeRecords, editorA, seeded.id, baseline!.id, 2));
      expect(undone).toMatchObject({ name: values.name, version: 3 });
      // Named again, as the tests after this one expect it.
      saved(
        await updateRecord(db, routeRecords, editorA, seeded.id, 3, RouteInputSchema.parse({ ...values, name: "INSTC Caspian sea route" })),
      );

      const moved = await updateRecord(db, routeRecords, editorA, seeded.id, 4, RouteInputSchema.parse({ ...values, slug: "caspian" }));
      expect(moved).toMatchObject({
        ok: false,
        kind: "invalid",
        fieldErrors: { slug: [expect.stringMatching(/cannot change \(it was instc-caspian\)/)] },
      });
      expect((await db.prisma.route.findUniqueOrThrow({ where: { id: seeded.id } })).slug).toBe("instc-caspian");
    });

    it("refuses to delete a route that figures and events use, saying how many, and changes nothing", async () => {
      const route = await db.prisma.route.findUniqueOrThrow({ where: { slug: "instc-west" } });
      const result = await deleteRecord(db, routeRecords, editorA, route.id, route.version);
      expect(result).toMatchObject({
        ok: false,
        kind: "invalid",
        fieldErrors: { record: [expect.stringMatching(/^This route cannot be deleted: \d+ figures and \d+ events refer to it/)] },
      });
      expect(await db.prisma.route.findUnique({ where: { id: route.id } })).not.toBeNull();
      expect(await revisions("route", route.id)).toHaveLength(0);
    });

    it("deletes an unused route, lists it among the deleted, and restores it with the same id and slug", async () => {
      const route = saved(await createRecord(db, routeRecords, editorA, routeInput({ slug: "short-lived", name: "Short-lived route" })));
      saved(await deleteRecord(db, routeRecords, editorB, route.id, 1));
      expect(await db.prisma.route.findUnique({ where: { id: route.id } })).toBeNull();

      const deletedList = await routeRecords.list(db, new URLSearchParams({ deleted: "only", q: "short-lived" }));
      if (!deletedList.ok) throw new Error(deletedList.issues.join());
      expect(deletedList.page.rows).toEqual([expect.objectContaining({ id: route.id, slug: "short-lived", deleted: true, version: 2 })]);
      expect(deletedList.page.total).toBe(1);

      const deletion = (await revisions("route", route.id)).at(-1)!;
      expect(saved(await restoreRecord(db, routeRecords, editorA, route.id, deletion.id, 2))).toMatchObject({
        id: route.id,
        slug: "short-lived",
        version: 3,
      });
      const live = await routeRecords.list(db, new URLSearchParams({ q: "short-lived" }));
      expect(live.ok && live.page.rows.map((row) => row.id)).toEqual([route.id]);
    });

    it("lists, searches, filters and sorts routes on the server, and explains a bad query", async () => {
      const caspian = await routeRecords.list(db, new URLSearchParams({ q: "CASPIAN" }));
      expect(caspian.ok && caspian.page.rows.map((row) => row.slug)).toEqual(expect.arrayContaining(["instc-caspian", "middle-corridor"]));
      const instc = await routeRecords.list(db, new URLSearchParams({ kind: "instc", sort: "name" }));
      if (!instc.ok) throw new Error(instc.issues.join());
      expect(instc.page.rows.every((row) => row.kind === "instc")).toBe(true);
      expect(instc.page.rows.map((row) => row.name)).toEqual(
        [...instc.page.rows.map((row) => row.name)].sort((a, b) => a.localeCompare(b)),
      );
      const byFigures = await routeRecords.list(db, new URLSearchParams({ sort: "figures", dir: "desc", pageSize: "5" }));
      if (!byFigures.ok) throw new Error(byFigures.issues.join());
      expect(byFigures.page.rows).toHaveLength(5);
      expect(byFigures.page.rows[0]!.extra.figures).toBeGreaterThan(0);
      expect(await routeRecords.list(db, new URLSearchParams({ sort: "colour" }))).toEqual({
        ok: false,
        issues: ["sort: sort must be one of position, name, slug, figures, updated"],
      });
    });
  });

  describe("metrics", () => {
    it("refuses to change the unit of a metric figures use, but allows it while none does", async () => {
      const used = await db.prisma.metric.findUniqueOrThrow({ where: { slug: "route_length" } });
      const values = (await metricRecords.read(db.prisma, used.id))!.values;
      const relabel = await updateRecord(
        db,
        metricRecords,
        editorA,
        used.id,
        used.version,
        MetricInputSchema.parse({ ...values, unit: "miles" }),
      );
      expect(relabel).toMatchObject({
        ok: false,
        kind: "invalid",
        fieldErrors: { unit: [expect.stringMatching(/^The unit cannot change while \d+ figures are counted in km/)] },
      });
      expect((await db.prisma.metric.findUniqueOrThrow({ where: { id: used.id } })).unit).toBe("km");

      const fresh = saved(await createRecord(db, metricRecords, editorA, metricInput()));
      expect(saved(await updateRecord(db, metricRecords, editorA, fresh.id, 1, metricInput({ unit: "thousand TEU" })))).toMatchObject({
        unit: "thousand TEU",
        version: 2,
      });
    });

    it("of two concurrent edits of a metric, one wins and the other is told; deleting a used metric is refused", async () => {
      const metric = await db.prisma.metric.findUniqueOrThrow({ where: { slug: "transit_time" } });
      const values = (await metricRecords.read(db.prisma, metric.id))!.values;
      const results = await Promise.all([
        updateRecord(
          db,
          metricRecords,
          editorA,
          metric.id,
          metric.version,
          MetricInputSchema.parse({ ...values, name: "Transit time (door to door)" }),
        ),
        updateRecord(
          db,
          metricRecords,
          editorB,
          metric.id,
          metric.version,
          MetricInputSchema.parse({ ...values, description: "Days from Russia to India." }),
        ),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok && result.kind === "conflict")).toHaveLength(1);

      const current = await db.prisma.metric.findUniqueOrThrow({ where: { id: metric.id } });
      expect(await deleteRecord(db, metricRecords, editorA, metric.id, current.version)).toMatchObject({
        ok: false,
        kind: "invalid",
        fieldErrors: { record: [expect.stringMatching(/^This metric cannot be deleted: \d+ figures are counted in it/)] },
      });
    });
  });
});

describe.each(databaseKinds)("seeding after an editor deleted seeded records, on the %s database", (kind) => {
  let db: TestDatabase;
  let editor: number;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.migrationAdapter());
    await seedDatabase(db.prisma, await seedWithoutRouteReferences());
    editor = (await createEditors(db, "Editor A"))[0];
  });
  afterAll(() => db.dispose());

  /** The seed data without what refers to one route, so that route may be deleted. */
  async function seedWithoutRouteReferences() {
    const data = await readSeedData();
    const refersToRoute = (row: { route: string | null }) => row.route === "chennai-vladivostok";
    return { ...data, figures: data.figures.filter((f) => !refersToRoute(f)), events: data.events.filter((e) => !refersToRoute(e)) };
  }

  it("never brings back a deleted seeded route or event; a restore keeps the old id and the seed key, and a later seed adds no copy", async () => {
    // Seeded without the figures and events of the Chennai–Vladivostok route, that route may be deleted; the event is any seeded one.
    const route = await db.prisma.route.findUniqueOrThrow({ where: { slug: "chennai-vladivostok" } });
    const event = await db.prisma.event.findFirstOrThrow({ where: { seedKey: { not: null } }, orderBy: { id: "asc" } });
    saved(await deleteRecord(db, routeRecords, editor, route.id, route.version));
    saved(await deleteRecord(db, eventRecords, editor, event.id, event.version));

    expect(await seedDatabase(db.prisma, await seedWithoutRouteReferences())).toEqual(nothingSeeded);
    expect(await db.prisma.route.findUnique({ where: { slug: "chennai-vladivostok" } })).toBeNull();
    expect(await db.prisma.event.count({ where: { seedKey: event.seedKey } })).toBe(0);

    const routeDeletion = await db.prisma.recordRevision.findFirstOrThrow({
      where: { recordType: "route", recordId: route.id, action: "delete" },
    });
    const eventDeletion = await db.prisma.recordRevision.findFirstOrThrow({
      where: { recordType: "event", recordId: event.id, action: "delete" },
    });
    expect(saved(await restoreRecord(db, routeRecords, editor, route.id, routeDeletion.id, routeDeletion.version))).toMatchObject({
      id: route.id,
      slug: "chennai-vladivostok",
    });
    expect(saved(await restoreRecord(db, eventRecords, editor, event.id, eventDeletion.id, eventDeletion.version))).toMatchObject({
      id: event.id,
      title: event.title,
    });
    expect(await db.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ seedKey: event.seedKey });
    // Its links to metrics went with it and came back with it, from the deletion's snapshot.
    expect((await eventRecords.read(db.prisma, event.id))!.values.metrics).toBe(
      "azerbaijan_exports_to_iran, azerbaijan_imports_from_iran, azerbaijan_iran_trade_growth, azerbaijan_iran_trade_turnover",
    );

    expect(await seedDatabase(db.prisma, await seedWithoutRouteReferences())).toEqual(nothingSeeded);
    expect(await db.prisma.event.count({ where: { seedKey: event.seedKey } })).toBe(1);
  });
});

// Races the checks inside a transaction cannot see: another connection's uncommitted row. Only PostgreSQL runs
// transactions side by side (the embedded database runs one at a time), so these run there. Each holds a
// transaction open on a second connection, waits until the write is blocked on it, then commits: deterministic.
describe("writes that race another connection, on the postgres database", () => {
  let db: TestDatabase;
  let other: pg.Client;
  let editor: number;

  beforeAll(async () => {
    db = await openTestDatabase("postgres");
    await applyMigrations(db.migrationAdapter());
    await seedDatabase(db.prisma, await readSeedData());
    editor = (await createEditors(db, "Editor A"))[0];
    if (db.config.kind !== "postgres") throw new Error("expected a PostgreSQL database");
    other = new pg.Client({ connectionString: db.config.url });
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await db.dispose();
  });

  /** Runs `write` while `other` holds `sql` uncommitted; commits once the write waits on its lock. */
  async function raceAgainst<T>(sql: string, params: unknown[], write: () => Promise<T>): Promise<T> {
    await other.query("BEGIN");
    await other.query(sql, params);
    const result = write();
    for (let waited = 0; ; waited += 20) {
      const { rows } = await other.query<{ waiting: number }>(
        "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      if (rows[0]!.waiting > 0) break;
      if (waited > 10_000) throw new Error("the write never waited on the other connection's lock");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await other.query("COMMIT");
    return result;
  }

  it("two editors creating one slug at once: the second is told, with a field error, and nothing of it is written", async () => {
    const revisionsBefore = await db.prisma.recordRevision.count();
    const result = await raceAgainst(
      `INSERT INTO routes (slug, name, kind, modes, via, description, position, updated_at)
       VALUES ('race-slug', 'Raced in first', 'alternative', '{sea}', 'Somewhere', 'Made by the other connection.', 7, now())`,
      [],
      () => createRecord(db, routeRecords, editor, routeInput({ slug: "race-slug", name: "Raced in second" })),
    );
    expect(result).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { slug: ["Another route was just saved with this slug; choose another"] },
    });
    expect((await db.prisma.route.findUniqueOrThrow({ where: { slug: "race-slug" } })).name).toBe("Raced in first");
    expect(await db.prisma.recordRevision.count()).toBe(revisionsBefore);
  });

  it("two restores of one deleted event at once: the second gets a conflict with what the first put back", async () => {
    const id = saved(await createRecord(db, eventRecords, editor, eventInput({ title: "Deleted, then raced back" }))).id;
    saved(await deleteRecord(db, eventRecords, editor, id, 1));
    const deletion = await db.prisma.recordRevision.findFirstOrThrow({ where: { recordType: "event", recordId: id, action: "delete" } });
    const result = await raceAgainst(
      `INSERT INTO events (id, date, date_precision, title, status, source_publisher, source_title, version, updated_at)
       VALUES ($1, '2031-01-01', 'year', 'Put back by the other connection', 'planned', 'Other', 'Other', 3, now())`,
      [id],
      () => restoreRecord(db, eventRecords, editor, id, deletion.id, 2),
    );
    expect(result).toMatchObject({ ok: false, kind: "conflict", current: { title: "Put back by the other connection", version: 3 } });
    expect(await db.prisma.recordRevision.count({ where: { recordType: "event", recordId: id, action: "restore" } })).toBe(0);
  });

  it("an event saved onto a route another editor is deleting: refused with a message, not a server error", async () => {
    const route = saved(await createRecord(db, routeRecords, editor, routeInput({ slug: "doomed-route", name: "Doomed route" })));
    const events = await db.prisma.event.count();
    const result = await raceAgainst(`DELETE FROM routes WHERE id = $1`, [route.id], () =>
      createRecord(db, eventRecords, editor, eventInput({ route: "doomed-route", title: "On a route being deleted" })),
    );
    expect(result).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { record: ["What this event refers to was deleted by another editor meanwhile. Nothing was saved; reload and check."] },
    });
    expect(await db.prisma.event.count()).toBe(events);
  });

  it("a figure saved onto a route another editor is deleting waits for the deletion, then gets an unknown-route field error", async () => {
    const route = saved(await createRecord(db, routeRecords, editor, routeInput({ slug: "vanishing-route", name: "Vanishing route" })));
    const figures = await db.prisma.figure.count();
    const input = FigureInputSchema.parse({
      metric: "transit_time",
      route: "vanishing-route",
      subject: "On a vanishing route",
      periodStart: "",
      periodEnd: "",
      periodLabel: "",
      value: "20",
      status: "claim",
      sourcePublisher: "Test",
      sourceTitle: "Test",
      sourceUrl: "",
      sourceDate: "",
      note: "",
    });
    const result = await raceAgainst(`DELETE FROM routes WHERE id = $1`, [route.id], () => createRecord(db, figureRecords, editor, input));
    expect(result).toEqual({ ok: false, kind: "invalid", fieldErrors: { route: ['Unknown route "vanishing-route"'] } });
    expect(await db.prisma.figure.count()).toBe(figures);
  });
});
