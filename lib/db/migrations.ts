import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";
import { withSchemaEngine } from "./offline-prisma/schema-engine";

export const prismaDir = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma");
export const schemaPath = path.join(prismaDir, "schema.prisma");
export const migrationsDir = path.join(prismaDir, "migrations");

const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

/** The migrations folder in the shape the schema engine reads (what the Prisma CLI builds from disk). */
export async function readMigrationList(dir = migrationsDir): Promise<MigrationList> {
  const entries = await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const content = await readFile(path.join(dir, name, "migration.sql"), "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: unknown) => ({ tag: "error" as const, value: String(error) }),
      );
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockfileContent = await readFile(path.join(dir, "migration_lock.toml"), "utf8").catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/**
 * What `prisma migrate deploy` does: applies pending migrations and records them in `_prisma_migrations`. `dir`:
 * another folder of migrations (a test builds a database as it was before a migration).
 */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory, dir = migrationsDir): Promise<string[]> {
  const migrationsList = await readMigrationList(dir);
  return withSchemaEngine(schemaPath, adapterFactory, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return appliedMigrationNames;
  });
}

const emptyMigration = "-- This is an empty migration.\n";

/**
 * SQL that would bring a database built from `from` up to schema.prisma; null when there is nothing to do.
 * `from: "migrations"` replays the folder into the adapter's shadow database (what `prisma migrate dev` diffs);
 * `from: "database"` reads the connected database itself (drift check).
 */
export async function diffToSchema(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  from: "migrations" | "database",
): Promise<string | null> {
  const files = [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
  const source =
    from === "migrations"
      ? ({ tag: "migrations", ...(await readMigrationList()) } as const)
      : ({ tag: "schemaDatasource", files, configDir: prismaDir } as const);
  const { stdout } = await withSchemaEngine(schemaPath, adapterFactory, (engine) =>
    engine.diff({ from: source, to: { tag: "schemaDatamodel", files }, script: true, exitCode: null, filters: noFilters }),
  );
  return !stdout || stdout === emptyMigration ? null : stdout;
}
