import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { readMigrationList } from "./migrations";

export type MigrationStatus = { applied: string[]; pending: string[]; failed: string[] };

/**
 * Reads Prisma's `_prisma_migrations` ledger with plain SQL: cheap enough for every start and health check,
 * where loading the schema engine would not be.
 */
export async function getMigrationStatus(prisma: PrismaClient): Promise<MigrationStatus> {
  const [{ exists }] = await prisma.$queryRaw<[{ exists: boolean }]>`
    SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`;
  const rows = exists
    ? await prisma.$queryRaw<{ name: string; finished: boolean; rolledBack: boolean }[]>`
        SELECT migration_name AS "name", finished_at IS NOT NULL AS "finished", rolled_back_at IS NOT NULL AS "rolledBack"
        FROM _prisma_migrations`
    : [];
  const applied = new Set(rows.filter((row) => row.finished && !row.rolledBack).map((row) => row.name));
  const failed = rows.filter((row) => !row.finished && !row.rolledBack).map((row) => row.name);
  const inFolder = (await readMigrationList()).migrationDirectories.map((dir) => dir.path);
  return {
    applied: inFolder.filter((name) => applied.has(name)),
    pending: inFolder.filter((name) => !applied.has(name)),
    failed,
  };
}
