import "server-only";
import { liveFigureWhere } from "../live-figures";
import { describeDatabase, getConfig } from "../../config";
import type { Database } from "../../db/connect";
import { describeDatabaseError } from "../../db/describe-error";
import { getMigrationStatus } from "../../db/migration-status";

export type Health = {
  /** True when the database answers and every migration in the folder is applied. */
  ok: boolean;
  database: { kind: "embedded" | "postgres"; location: string };
  migrations: { applied: number; pending: string[]; failed: string[] } | null;
  figures: number | null;
  error: string | null;
};

/** What anyone may see: whether it works, not where the database is (host, port, name, folder) or its errors. */
export type PublicHealth = Omit<Health, "database" | "error"> & { database: { kind: Health["database"]["kind"] }; error: string | null };

export function publicHealth(health: Health): PublicHealth {
  const { database, error, ...rest } = health;
  return { ...rest, database: { kind: database.kind }, error: error === null ? null : "The database is unavailable." };
}

/**
 * Whether the database opens, answers and is migrated. It is handed the way to open the database rather than the
 * database, since a database that cannot be opened is the first thing it reports.
 */
export async function getHealth(open: () => Promise<Database>): Promise<Health> {
  const config = getConfig();
  const location = describeDatabase(config.database);
  try {
    const db = await open();
    const [status, figures] = await Promise.all([getMigrationStatus(db.prisma), db.prisma.figure.count({ where: liveFigureWhere })]);
    return {
      ok: status.pending.length === 0 && status.failed.length === 0,
      database: { kind: db.kind, location },
      migrations: { applied: status.applied.length, pending: status.pending, failed: status.failed },
      figures,
      error: null,
    };
  } catch (error) {
    const database = { kind: config.database.kind, location };
    // The detail goes to the server log, for the people who run it.
    console.error(`Corridor Watch health: ${location}: ${describeDatabaseError(error)}`);
    return { ok: false, database, migrations: null, figures: null, error: describeDatabaseError(error) };
  }
}
