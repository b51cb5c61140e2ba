import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";
import { openSchemaEngine } from "./schema-engine";

export const prismaDir = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma");
export const schemaPath = path.join(prismaDir, "schema.prisma");
export const migrationsDir = path.join(prismaDir, "migrations");

const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

/** The migrations folder in the shape the schema engine reads (what the Prisma CLI builds from disk). */
export async function readMigrationList(dir = migrationsDir): Promise<MigrationList> {
  const entries = await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
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

/** What `prisma migrate deploy` does: applies pending migrations and records them in `_prisma_migrations`. */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await openSchemaEngine(schemaPath, adapterFactory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: noFilters,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
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
  const engine = await openSchemaEngine(schemaPath, adapterFactory);
  try {
    const files = [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
    const { stdout } = await engine.diff({
      from:
        from === "migrations"
          ? { tag: "migrations", ...(await readMigrationList()) }
          : { tag: "schemaDatasource", files, configDir: prismaDir },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return !stdout || stdout === emptyMigration ? null : stdout;
  } finally {
    engine.free();
  }
}
