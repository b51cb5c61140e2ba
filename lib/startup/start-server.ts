import "server-only";
import { describeDatabase, getConfig } from "../config";
import { getDatabase } from "../db";
import { describeDatabaseError } from "../db/describe-error";
import { getSessionSecret } from "../auth/session-secret";
import { StartupError } from "../db/prepare-database";
import { scheduleClaimEvidenceRefresh } from "../data/claims/claim-evidence";

/**
 * Called once as the Next.js server starts: validates configuration and brings the database up (the embedded
 * one is created, migrated and seeded; a PostgreSQL server is checked for pending migrations). Any problem
 * stops the server with one line saying what to do, rather than failing on the first request.
 */
export async function startServer(): Promise<void> {
  let where = "the database";
  try {
    const config = getConfig();
    where = describeDatabase(config.database);
    if (config.database.kind === "postgres" && !config.publicOrigin) {
      throw new StartupError(
        "PUBLIC_ORIGIN is required with DATABASE_URL: the origin browsers use, such as https://corridor.example.org (editors' changes are accepted only from it).",
      );
    }
    const started = Date.now();
    await Promise.all([getDatabase(), getSessionSecret(config)]);
    console.log(`Corridor Watch: ${where} ready in ${Date.now() - started} ms`);
    // Whatever wrote since the last run (the seed, an import from outside, SQL), the stored claim evidence catches
    // up in the background; until then the claims list decides it per request.
    scheduleClaimEvidenceRefresh(async () => (await getDatabase()).prisma, 0);
  } catch (error) {
    const expected = error instanceof Error && (error.name === "ConfigError" || error.name === "StartupError");
    const message = expected ? (error as Error).message : `cannot reach ${where}: ${describeDatabaseError(error)}`;
    console.error(`Corridor Watch cannot start: ${message}`);
    process.exit(1);
  }
}
