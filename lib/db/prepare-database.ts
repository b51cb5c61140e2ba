import "server-only";
import { describeDatabase, type DatabaseConfig } from "../config";
import { ensureDemoEditor } from "../auth/demo-editor";
import { readSeedData, seedDatabase, type SeedResult } from "../seed/seed-database";
import type { Database } from "./connect";
import { getMigrationStatus } from "./migration-status";
import { applyMigrations } from "./migrations";

export class StartupError extends Error {
  override name = "StartupError";
}

export type PrepareReport = { appliedMigrations: string[]; seeded: SeedResult | null };

/**
 * The embedded database belongs to this process, so it is brought up to date here: migrated and seeded at
 * every start (both idempotent), with the demo editor of the README. A PostgreSQL server is shared and migrated by an explicit `npm run db:deploy`;
 * here it is only checked, and the app refuses to serve a schema it does not match.
 */
export async function prepareDatabase(db: Database, config: DatabaseConfig): Promise<PrepareReport> {
  if (db.kind === "embedded") {
    const appliedMigrations = await applyMigrations(db.migrationAdapter());
    const seeded = await seedDatabase(db.prisma, await readSeedData());
    await ensureDemoEditor(db.prisma);
    return { appliedMigrations, seeded };
  }
  const status = await getMigrationStatus(db.prisma);
  if (status.failed.length > 0) {
    throw new StartupError(
      `Migration ${status.failed.join(", ")} failed on ${describeDatabase(config)}; fix the database, then run \`npm run db:deploy\`.`,
    );
  }
  if (status.pending.length > 0) {
    throw new StartupError(
      `${status.pending.length} migration(s) pending on ${describeDatabase(config)} (${status.pending.join(", ")}); run \`npm run db:deploy\` first.`,
    );
  }
  return { appliedMigrations: [], seeded: null };
}
