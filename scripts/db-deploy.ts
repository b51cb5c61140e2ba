// Applies pending migrations to the configured database (DATABASE_URL, or the embedded one while the app is
// stopped) and records them in `_prisma_migrations`, as `prisma migrate deploy` would; then adds any seed rows
// not yet present. Both steps are idempotent.
import { describeDatabase, getConfig } from "../lib/config";
import { connectDatabase } from "../lib/db/connect";
import { applyMigrations } from "../lib/db/migrations";
import { readSeedData, seedDatabase } from "../lib/seed/seed-database";
import { refreshClaimEvidence } from "../lib/data/claims/claim-evidence";
import { runCli } from "./run-cli";

runCli(async () => {
  const config = getConfig();
  const db = await connectDatabase(config.database);
  try {
    await db.prisma.$queryRaw`SELECT 1`;
    const applied = await applyMigrations(db.migrationAdapter());
    console.log(
      applied.length > 0
        ? `applied ${applied.length} migration(s) to ${describeDatabase(config.database)}: ${applied.join(", ")}`
        : `${describeDatabase(config.database)} is up to date: no pending migrations`,
    );
    if (process.argv.includes("--no-seed")) return;
    const seeded = await seedDatabase(db.prisma, await readSeedData());
    console.log(
      `seed: ${seeded.routes} route(s), ${seeded.metrics} metric(s), ${seeded.figures} figure(s), ${seeded.events} event(s), ${seeded.eventMetrics} link(s) of events to metrics, ${seeded.routeNodes} node(s) of route paths added; ${seeded.corrected} seeded figure(s) corrected`,
    );
    await refreshClaimEvidence(db.prisma);
  } finally {
    await db.close();
  }
});
