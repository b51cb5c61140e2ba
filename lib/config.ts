import "server-only";
import path from "node:path";
import { z } from "zod";

// Configuration is read once from the environment and validated here, so a mistake fails at start with one
// line that names the variable, instead of as a stack trace on the first request.

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.hostname !== "" && url.pathname.length > 1;
    } catch {
      return false;
    }
  }, "must be a URL like postgresql://user:password@host:5432/database");

const EnvSchema = z.object({
  DATABASE_URL: z.preprocess((value) => (value === "" ? undefined : value), postgresUrl.optional()),
  /** A streaming replica of DATABASE_URL's server: public reads go there, writes and editors' reads to the primary. */
  DATABASE_REPLICA_URL: z.preprocess((value) => (value === "" ? undefined : value), postgresUrl.optional()),
  DATA_DIR: z.string().trim().min(1, "must not be empty").default(".data"),
  // Each check needs its own message: the schema-level `error` is also used for checks that have none.
  PORT: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(65535, "must be at most 65535")
      .optional(),
  ),
  PG_POOL_MAX: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(100, "must be at most 100")
    .default(10),
  SESSION_SECRET: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().min(32, "must be at least 32 characters").optional(),
  ),
  COOKIE_SECURE: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.enum(["true", "false"], { error: "must be true or false" }).optional(),
  ),
  PUBLIC_ORIGIN: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .trim()
      .refine((value) => {
        try {
          const url = new URL(value);
          return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value.replace(/\/$/, "");
        } catch {
          return false;
        }
      }, "must be an origin such as https://corridor.example.org (scheme, host and port only)")
      .transform((value) => new URL(value).origin)
      .optional(),
  ),
  TRUSTED_PROXIES: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(0, "must be at least 0")
      .max(10, "must be at most 10")
      .default(0),
  ),
  NODE_ENV: z.string().optional(),
});

export type DatabaseConfig =
  | { kind: "embedded"; dataDir: string }
  | { kind: "postgres"; url: string; poolMax: number; /** Public reads' server, when there is one. */ replicaUrl?: string };

export type AppConfig = {
  database: DatabaseConfig;
  port: number | undefined;
  /** Null: generate one and keep it in the embedded data folder (refused with DATABASE_URL; see startServer). */
  sessionSecret: string | null;
  /** Session cookies are `Secure` unless COOKIE_SECURE=false; by default only in production. */
  cookieSecure: boolean;
  /**
   * The origin browsers reach the app at, against which data-changing requests are checked. Null: the request's
   * own Host (allowed only for the embedded database; see startServer).
   */
  publicOrigin: string | null;
  /** How many reverse proxies in front append to X-Forwarded-For: which entry is the client's address. */
  trustedProxies: number;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const {
    DATABASE_URL,
    DATABASE_REPLICA_URL,
    DATA_DIR,
    PORT,
    PG_POOL_MAX,
    SESSION_SECRET,
    COOKIE_SECURE,
    PUBLIC_ORIGIN,
    TRUSTED_PROXIES,
    NODE_ENV,
  } = result.data;
  if (DATABASE_REPLICA_URL && !DATABASE_URL)
    throw new ConfigError("Invalid configuration: DATABASE_REPLICA_URL is a replica of DATABASE_URL's server: set DATABASE_URL too");
  const database: DatabaseConfig = DATABASE_URL
    ? { kind: "postgres", url: DATABASE_URL, poolMax: PG_POOL_MAX, ...(DATABASE_REPLICA_URL ? { replicaUrl: DATABASE_REPLICA_URL } : {}) }
    : { kind: "embedded", dataDir: DATA_DIR.startsWith("memory://") ? DATA_DIR : path.resolve(DATA_DIR) };
  return {
    database,
    port: PORT,
    sessionSecret: SESSION_SECRET ?? null,
    cookieSecure: COOKIE_SECURE === undefined ? NODE_ENV === "production" : COOKIE_SECURE === "true",
    publicOrigin: PUBLIC_ORIGIN ?? null,
    trustedProxies: TRUSTED_PROXIES,
  };
}

let cached: AppConfig | undefined;

export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Where the database lives, for messages and the health route; never includes a password. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "embedded") return `embedded PGlite in ${config.dataDir}`;
  const url = new URL(config.url);
  return `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}
