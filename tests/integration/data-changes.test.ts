import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { readSeedData, seedDatabase } from "@/lib/seed/seed-database";
import { databaseKinds, openTestDatabase, type TestDatabase } from "./test-databases";

// data_changes, which the public API's validators count (lib/data/data-version): one row per committed
// transaction that changed public data, however many statements it ran and whoever ran it; none for a rollback or a
// change to anything else; and the table only grows.

describe.each(databaseKinds)("data changes on the %s database", (kind) => {
  let db: TestDatabase;
  const count = async () => Number((await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM data_changes`)[0]!.n);

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.migrationAdapter());
    await seedDatabase(db.prisma, await readSeedData());
  });
  afterAll(() => db?.dispose());

  it("counts the seed, and a transaction of several statements once", async () => {
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE figures SET note = note WHERE id = (SELECT min(id) FROM figures)`;
      await tx.$executeRaw`UPDATE routes SET description = description WHERE slug = 'suez'`;
      await tx.$executeRaw`UPDATE event_metrics SET metric_id = metric_id WHERE false`;
    });
    expect(await count()).toBe(before + 1);
    await db.prisma.$executeRaw`UPDATE metrics SET description = description WHERE slug = 'transit_time'`;
    await db.prisma.$executeRaw`DELETE FROM claim_rulings WHERE false`;
    expect(await count()).toBe(before + 3);
  });

  it("does not count a transaction rolled back, or a change to anything but public data", async () => {
    const before = await count();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE events SET title = title`;
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await db.prisma.$executeRaw`UPDATE editors SET name = name`;
    await db.prisma.$executeRaw`INSERT INTO sign_in_attempts (email, client_address, succeeded) VALUES ('a@b.c', '127.0.0.1', false)`;
    expect(await count()).toBe(before);
  });

  it("refuses to change or remove what it counted", async () => {
    const before = await count();
    await expect(db.prisma.$executeRaw`DELETE FROM data_changes`).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRaw`UPDATE data_changes SET changed_at = now()`).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRaw`TRUNCATE data_changes`).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
  });
});
