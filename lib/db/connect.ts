import "server-only";
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "../config";
import { PrismaClient } from "../generated/prisma/client";
import { pgliteExtensions, PrismaPGliteWithExtensions } from "./pglite-extensions";
import { schemaEngineAdapterForPostgres } from "./offline-prisma/schema-engine-pg-adapter";
import { kyselyOver, type SqlDatabase } from "./kysely";

export type Database = {
  kind: DatabaseConfig["kind"];
  prisma: PrismaClient;
  /** The hand-written SQL's query builder (lib/db/kysely.ts), running through `prisma`. */
  kysely: SqlDatabase;
  /** A second adapter factory onto the same database, for the schema engine (migrations, drift checks). */
  migrationAdapter: () => SqlMigrationAwareDriverAdapterFactory;
  /** The connection pool behind Prisma on a PostgreSQL server, for what Prisma cannot do (COPY). */
  pgPool?: pg.Pool;
  /**
   * A streaming replica (DATABASE_REPLICA_URL), for the public reads (lib/data/as-of.ts `readerAt`); writes, the
   * editors' reads and sessions stay on the primary. A write waits for it before its cached pages are dropped.
   */
  replica?: { prisma: PrismaClient; kysely: SqlDatabase; pgPool: pg.Pool };
  close: () => Promise<void>;
};

/**
 * The schema engine sets its own database name on the shadow connection; with a connection string that name
 * would be ignored, so the URL is split into fields.
 */
function pgFieldsFromUrl(url: string) {
  const parsed = new URL(url);
  const ssl = parsed.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(parsed.hostname),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: decodeURIComponent(parsed.pathname.slice(1)),
    ssl: ssl && ssl !== "disable" ? { rejectUnauthorized: ssl === "verify-full" } : undefined,
    // No JIT compilation: it pays on long analytic queries, and this app's long queries copy or count rows. The
    // claims list and the CSV export, planned at a million rows, spent seconds compiling (2.3 s of a 5.4 s export).
    options: "-c jit=off",
  };
}

function openReplica(url: string, poolMax: number, closing: () => boolean): NonNullable<Database["replica"]> {
  const pgPool = new pg.Pool({ ...pgFieldsFromUrl(url), max: poolMax, connectionTimeoutMillis: 5_000 });
  pgPool.on("error", (error) => {
    if (!closing()) console.error(`PostgreSQL replica connection lost (${error.message}); the pool will reconnect.`);
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pgPool) });
  return { prisma, kysely: kyselyOver(prisma), pgPool };
}

export async function connectDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === "postgres") {
    const fields = pgFieldsFromUrl(config.url);
    const pgPool = new pg.Pool({ ...fields, max: config.poolMax, connectionTimeoutMillis: 5_000 });
    // An idle connection the server drops (a restart, a terminated backend) is an event, not a crash: the pool
    // replaces it on next use. Unhandled, pg would throw it from the socket and take the process down.
    let closing = false;
    pgPool.on("error", (error) => {
      if (!closing) console.error(`PostgreSQL connection lost (${error.message}); the pool will reconnect.`);
    });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pgPool) });
    const replica = config.replicaUrl ? openReplica(config.replicaUrl, config.poolMax, () => closing) : undefined;
    return {
      kind: "postgres",
      prisma,
      kysely: kyselyOver(prisma),
      pgPool,
      ...(replica ? { replica } : {}),
      migrationAdapter: () => schemaEngineAdapterForPostgres({ ...fields, max: 2 }),
      close: async () => {
        closing = true;
        await prisma.$disconnect();
        await pgPool.end();
        if (replica) {
          await replica.prisma.$disconnect();
          await replica.pgPool.end();
        }
      },
    };
  }
  // PGlite's own mkdir is not recursive.
  if (!config.dataDir.startsWith("memory://")) await mkdir(config.dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir: config.dataDir, extensions: pgliteExtensions });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: "embedded",
    prisma,
    kysely: kyselyOver(prisma),
    migrationAdapter: () => new PrismaPGliteWithExtensions(pglite),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
