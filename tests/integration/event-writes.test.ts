import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventInputSchema, type EventFormValues } from "@/lib/admin/events/event-input";
import { createEvent, deleteEvent, updateEvent } from "@/lib/admin/events/event-writes";
import { applyMigrations } from "@/lib/db/migrations";
import { readSeedData, seedDatabase } from "@/lib/seed/seed-database";
import { databaseKinds, openTestDatabase, type TestDatabase } from "./test-databases";

const form = (overrides: Partial<EventFormValues> = {}): EventFormValues => ({
  date: "2024-05",
  title: "Test event: Rasht–Astara land handed over",
  route: "instc-west",
  status: "happened",
  sourcePublisher: "Test publisher",
  sourceTitle: "Test article",
  sourceUrl: "https://example.org/test",
  sourceDate: "2024-06-02",
  ...overrides,
});
const input = (overrides: Partial<EventFormValues> = {}) => EventInputSchema.parse(form(overrides));

describe.each(databaseKinds)("event writes on the %s database", (kind) => {
  let db: TestDatabase;
  const eventCount = () => db.prisma.event.count();

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.migrationAdapter());
    await seedDatabase(db.prisma, await readSeedData());
  });
  afterAll(() => db.dispose());

  it("creates an event with month precision: stored as the month's first day", async () => {
    const result = await createEvent(db, input());
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.event).toMatchObject({ date: "2024-05", route: "instc-west", status: "happened", sourceDate: "2024-06-02", version: 1 });
    const [row] = await db.prisma.$queryRaw<{ date: string; date_precision: string; source_date: string; source_date_precision: string }[]>`
      SELECT date::text AS date, date_precision::text AS date_precision, source_date::text AS source_date,
             source_date_precision::text AS source_date_precision
      FROM events WHERE id = ${result.event.id}`;
    expect(row).toEqual({ date: "2024-05-01", date_precision: "month", source_date: "2024-06-02", source_date_precision: "day" });
  });

  it("stores a year-only event and no route, source URL or source date as such", async () => {
    const result = await createEvent(db, input({ date: "2028", route: "", status: "planned", sourceUrl: "", sourceDate: "" }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await db.prisma.event.findUniqueOrThrow({ where: { id: result.event.id } });
    expect(row).toMatchObject({ datePrecision: "year", routeId: null, status: "planned", sourceUrl: null, sourceDate: null, sourceDatePrecision: null });
    expect(row.date.toISOString()).toBe("2028-01-01T00:00:00.000Z");
  });

  it("of two concurrent updates of the same version, exactly one wins; the other gets a conflict with the winner's values", async () => {
    const created = await createEvent(db, input());
    if (!created.ok) throw new Error("create failed");
    const id = created.event.id;
    const results = await Promise.all([
      updateEvent(db, id, 1, input({ title: "A's correction", date: "2024-05-17" })),
      updateEvent(db, id, 1, input({ title: "B's correction", date: "2024" })),
    ]);
    const winners = results.filter((result) => result.ok);
    const conflicts = results.filter((result) => !result.ok && result.kind === "conflict");
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    const winner = winners[0]!.ok ? winners[0]!.event : null;
    const conflict = conflicts[0]!;
    if (conflict.ok || conflict.kind !== "conflict") throw new Error("expected a conflict");
    expect(winner!.version).toBe(2);
    expect(conflict.current).toMatchObject({ title: winner!.title, date: winner!.date, version: 2 });

    // The loser applies theirs on top of the winner's version.
    const applied = await updateEvent(db, id, 2, input({ title: "Applied on top" }));
    expect(applied.ok && applied.event).toMatchObject({ title: "Applied on top", version: 3 });
  });

  it("refuses an unknown route with a field error and writes nothing", async () => {
    const before = await eventCount();
    const created = await createEvent(db, input({ route: "nowhere" }));
    expect(created).toEqual({ ok: false, kind: "invalid", fieldErrors: { route: ['Unknown route "nowhere"'] } });
    expect(await eventCount()).toBe(before);

    const existing = await createEvent(db, input());
    if (!existing.ok) throw new Error("create failed");
    const updated = await updateEvent(db, existing.event.id, 1, input({ route: "nowhere", title: "Should not be saved" }));
    expect(updated).toEqual({ ok: false, kind: "invalid", fieldErrors: { route: ['Unknown route "nowhere"'] } });
    const row = await db.prisma.event.findUniqueOrThrow({ where: { id: existing.event.id } });
    expect(row).toMatchObject({ title: form().title, version: 1 });
  });

  it("refuses a delete with a stale version (conflict with the saved values) and deletes at the current one", async () => {
    const created = await createEvent(db, input());
    if (!created.ok) throw new Error("create failed");
    const id = created.event.id;
    const updated = await updateEvent(db, id, 1, input({ title: "Corrected by another editor" }));
    expect(updated.ok).toBe(true);

    const stale = await deleteEvent(db, id, 1);
    expect(stale).toMatchObject({ ok: false, kind: "conflict", current: { title: "Corrected by another editor", version: 2 } });
    expect(await db.prisma.event.findUnique({ where: { id } })).not.toBeNull();

    const deleted = await deleteEvent(db, id, 2);
    expect(deleted.ok).toBe(true);
    expect(await db.prisma.event.findUnique({ where: { id } })).toBeNull();
    expect(await deleteEvent(db, id, 2)).toEqual({ ok: false, kind: "not_found" });
    expect(await updateEvent(db, id, 2, input())).toEqual({ ok: false, kind: "not_found" });
  });
});
