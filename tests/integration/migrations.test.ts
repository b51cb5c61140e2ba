import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMigrationStatus } from "@/lib/db/migration-status";
import { applyMigrations, diffToSchema, readMigrationList } from "@/lib/db/migrations";
import { pgliteExtensions, PrismaPGliteWithExtensions } from "@/lib/db/pglite-extensions";
import { databaseKinds, openTestDatabase, type TestDatabase } from "./test-databases";

describe("the migrations folder", () => {
  it("generates exactly schema.prisma (replayed into a shadow database, the engine's diff is empty)", async () => {
    const shadowHost = new PGlite({ extensions: pgliteExtensions });
    try {
      expect(await diffToSchema(new PrismaPGliteWithExtensions(shadowHost), "migrations")).toBeNull();
    } finally {
      await shadowHost.close();
    }
  });
});

describe.each(databaseKinds)("migrations on the %s database", (kind) => {
  let db: TestDatabase;
  let folder: string[];
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    folder = (await readMigrationList()).migrationDirectories.map((dir) => dir.path);
  });
  afterAll(() => db.dispose());

  it("applies every migration once, in order, and records it in Prisma's ledger", async () => {
    expect((await getMigrationStatus(db.prisma)).pending).toEqual(folder);
    expect(await applyMigrations(db.migrationAdapter())).toEqual(folder);
    const ledger = await db.prisma.$queryRaw<{ migration_name: string; checksum: string }[]>`
      SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(ledger.map((row) => row.migration_name)).toEqual(folder);
    expect(ledger.every((row) => /^[0-9a-f]{64}$/.test(row.checksum))).toBe(true);
  });

  it("is idempotent: applying again changes nothing", async () => {
    expect(await applyMigrations(db.migrationAdapter())).toEqual([]);
    expect(await getMigrationStatus(db.prisma)).toEqual({ applied: folder, pending: [], failed: [] });
  });

  it("leaves no drift between the migrated database and schema.prisma", async () => {
    expect(await diffToSchema(db.migrationAdapter(), "database")).toBeNull();
  });

  it("detects drift when the database is changed behind the migrations' back", async () => {
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "figures" ADD COLUMN "stray" integer`);
    expect(await diffToSchema(db.migrationAdapter(), "database")).toContain(`DROP COLUMN "stray"`);
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "figures" DROP COLUMN "stray"`);
  });

  describe("database constraints", () => {
    let metricId: number;
    beforeAll(async () => {
      const metric = await db.prisma.metric.create({
        data: { slug: "constraint_probe", name: "Probe", unit: "km", description: "test", category: "route" },
      });
      metricId = metric.id;
    });
    const figure = (overrides: Record<string, unknown> = {}) => ({
      metricId,
      subject: "Test",
      value: "1",
      status: "reported" as const,
      sourcePublisher: "Publisher",
      sourceTitle: "Title",
      ...overrides,
    });

    it("accepts a valid figure", async () => {
      await expect(db.prisma.figure.create({ data: figure() })).resolves.toMatchObject({ version: 1 });
    });

    it.each([
      [
        "a period that ends before it starts",
        { periodStart: new Date("2024-05-01"), periodEnd: new Date("2024-04-30") },
        "figures_period_order",
      ],
      ["a blank subject", { subject: "  " }, "figures_subject_present"],
      ["a blank source publisher", { sourcePublisher: "" }, "figures_source_present"],
      ["a source date without its precision", { sourceDate: new Date("2024-01-01") }, "figures_source_date_precision"],
      ["version 0", { version: 0 }, "figures_version_positive"],
    ])("rejects %s", async (_case, overrides, constraint) => {
      await expect(db.prisma.figure.create({ data: figure(overrides) })).rejects.toThrow(constraint);
    });

    it("rejects an unknown status", async () => {
      await expect(
        db.prisma.$executeRawUnsafe(
          `INSERT INTO figures (metric_id, subject, value, status, source_publisher, source_title, updated_at)
           VALUES (${metricId}, 'Test', 1, 'rumour', 'P', 'T', now())`,
        ),
      ).rejects.toThrow(/invalid input value for enum/);
    });

    it("rejects a figure without a metric", async () => {
      await expect(
        db.prisma.$executeRawUnsafe(
          `INSERT INTO figures (subject, value, status, source_publisher, source_title, updated_at)
           VALUES ('Test', 1, 'reported', 'P', 'T', now())`,
        ),
      ).rejects.toThrow(/null value in column "metric_id"/);
    });
  });
});
