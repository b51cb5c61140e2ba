import { randomUUID } from "node:crypto";
import pg from "pg";
import type { DatabaseConfig } from "@/lib/config";
import { connectDatabase, type Database } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrations";
import { readSeedData, seedDatabase } from "@/lib/seed/seed-database";
import { hashPassword } from "@/lib/auth/password";

// Integration tests run against both kinds of database the app supports: a real PostgreSQL server (a fresh
// database per test, on the server `npm test` starts or TEST_DATABASE_URL) and the embedded PGlite, in memory.

export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run the integration tests through `npm test`");
  return url;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty database on the test server and returns its URL and a way to drop it. */
export async function createServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cw_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  return {
    url: withDatabase(testServerUrl(), name),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export type TestDatabase = Database & { config: DatabaseConfig; dispose: () => Promise<void> };

export const databaseKinds = ["postgres", "embedded"] as const;

/** A fresh, empty database of the given kind. */
export async function openTestDatabase(kind: (typeof databaseKinds)[number]): Promise<TestDatabase> {
  if (kind === "embedded") {
    const config: DatabaseConfig = { kind: "embedded", dataDir: "memory://" };
    const db = await connectDatabase(config);
    return { ...db, config, dispose: db.close };
  }
  const server = await createServerDatabase();
  const config: DatabaseConfig = { kind: "postgres", url: server.url, poolMax: 5 };
  const db = await connectDatabase(config);
  return {
    ...db,
    config,
    dispose: async () => {
      await db.close();
      await server.drop();
    },
  };
}

/**
 * A fresh database of the given kind, migrated and seeded: what a test of public reads starts from, passing it to
 * each read as the app's routes pass theirs (lib/data/reader.ts).
 */
export async function openSeededDatabase(kind: (typeof databaseKinds)[number]): Promise<TestDatabase> {
  const db = await openTestDatabase(kind);
  await applyMigrations(db.migrationAdapter());
  await seedDatabase(db.prisma, await readSeedData());
  return db;
}

/**
 * Editors for the tests of writes (who wrote a revision; two editors' conflicts), each `<name>@example.org` in lower
 * case without spaces: createEditors(db, "Editor A", "Editor B") makes editor-a@… and editor-b@….
 */
export async function createEditors<const Names extends readonly string[]>(
  db: TestDatabase,
  ...names: Names
): Promise<{ [Index in keyof Names]: number }> {
  const passwordHash = await hashPassword("a long enough password");
  const ids: number[] = [];
  for (const name of names) {
    const email = `${name.toLowerCase().replaceAll(" ", "-")}@example.org`;
    ids.push((await db.prisma.editor.create({ data: { email, name, passwordHash } })).id);
  }
  return ids as { [Index in keyof Names]: number };
}

/** What a seed run that finds everything already there reports. */
export const nothingSeeded = { routes: 0, metrics: 0, figures: 0, events: 0, eventMetrics: 0, routeNodes: 0, corrected: 0 };
