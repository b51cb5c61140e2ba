import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, describeDatabase, parseConfig } from "./config";

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`parseConfig accepted ${JSON.stringify(env)}`);
}

describe("parseConfig: the embedded database", () => {
  it("is used when DATABASE_URL is not set, in .data resolved to an absolute path", () => {
    const config = parseConfig({});
    expect(config).toEqual({
      database: { kind: "embedded", dataDir: path.resolve(".data") },
      port: undefined,
      sessionSecret: null,
      cookieSecure: false,
      publicOrigin: null,
      trustedProxies: 0,
    });
    expect(config.database.kind === "embedded" && path.isAbsolute(config.database.dataDir)).toBe(true);
  });

  it.each([
    ["an empty DATABASE_URL", { DATABASE_URL: "" }],
    ["an undefined DATABASE_URL", { DATABASE_URL: undefined }],
  ])("is used for %s, which counts as unset", (_case, env) => {
    expect(parseConfig(env).database).toEqual({ kind: "embedded", dataDir: path.resolve(".data") });
  });

  it.each([
    ["relative/data", path.resolve("relative/data")],
    ["/var/lib/corridor-watch", "/var/lib/corridor-watch"],
    ["  padded  ", path.resolve("padded")],
  ])("resolves DATA_DIR %j to %j", (dataDir, expected) => {
    expect(parseConfig({ DATA_DIR: dataDir }).database).toEqual({ kind: "embedded", dataDir: expected });
  });

  it.each(["memory://", "memory://test-run-1"])("keeps the in-memory DATA_DIR %j as it is", (dataDir) => {
    expect(parseConfig({ DATA_DIR: dataDir }).database).toEqual({ kind: "embedded", dataDir });
  });

  it("rejects an empty DATA_DIR", () => {
    expect(configError({ DATA_DIR: "" }).message).toContain("DATA_DIR");
  });
});

describe("parseConfig: PostgreSQL", () => {
  it.each([
    "postgresql://user:secret@db.example.com:5432/corridor",
    "postgres://user:secret@db.example.com/corridor",
    "postgresql://localhost/corridor",
    "postgresql://user@127.0.0.1:6543/corridor?sslmode=require",
  ])("is used for DATABASE_URL %j, with a pool of 10 by default", (url) => {
    expect(parseConfig({ DATABASE_URL: url })).toEqual({
      database: { kind: "postgres", url, poolMax: 10 },
      port: undefined,
      sessionSecret: null,
      cookieSecure: false,
      publicOrigin: null,
      trustedProxies: 0,
    });
  });

  it("takes its pool size from PG_POOL_MAX", () => {
    expect(parseConfig({ DATABASE_URL: "postgresql://localhost/corridor", PG_POOL_MAX: "25" }).database).toEqual({
      kind: "postgres",
      url: "postgresql://localhost/corridor",
      poolMax: 25,
    });
  });

  it("takes a read replica of the same server, and refuses one without DATABASE_URL or with a bad URL", () => {
    expect(
      parseConfig({ DATABASE_URL: "postgresql://primary/corridor", DATABASE_REPLICA_URL: "postgresql://replica/corridor" }).database,
    ).toEqual({ kind: "postgres", url: "postgresql://primary/corridor", poolMax: 10, replicaUrl: "postgresql://replica/corridor" });
    expect(parseConfig({ DATABASE_URL: "postgresql://primary/corridor", DATABASE_REPLICA_URL: "" }).database).not.toHaveProperty(
      "replicaUrl",
    );
    expect(configError({ DATABASE_REPLICA_URL: "postgresql://replica/corridor" }).message).toContain("set DATABASE_URL too");
    expect(configError({ DATABASE_URL: "postgresql://primary/corridor", DATABASE_REPLICA_URL: "replica" }).message).toContain(
      "DATABASE_REPLICA_URL",
    );
  });

  it("wins over DATA_DIR", () => {
    expect(parseConfig({ DATABASE_URL: "postgresql://localhost/corridor", DATA_DIR: "memory://" }).database.kind).toBe("postgres");
  });

  it.each([
    "mysql://x/y",
    "not a url",
    "postgresql://host-without-db",
    "postgresql://host/",
    "postgresql:///corridor",
    "http://db.example.com/corridor",
    "   ",
  ])("rejects DATABASE_URL %j with one line that names DATABASE_URL", (url) => {
    const { message } = configError({ DATABASE_URL: url });
    expect(message).toContain("DATABASE_URL");
    expect(message).not.toMatch(/[\r\n]/);
  });

  it("does not repeat the rejected URL, password and all, in its message", () => {
    const { message } = configError({ DATABASE_URL: "mysql://admin:hunter2@db.example.com/corridor" });
    expect(message).not.toContain("hunter2");
  });

  it.each([
    ["0", "must be at least 1"],
    ["101", "must be at most 100"],
    ["2.5", "must be a whole number"],
    ["many", "must be a number"],
  ])("rejects PG_POOL_MAX %j: %s", (poolMax, reason) => {
    expect(configError({ DATABASE_URL: "postgresql://localhost/corridor", PG_POOL_MAX: poolMax }).message).toBe(
      `Invalid configuration: PG_POOL_MAX ${reason}`,
    );
  });
});

describe("parseConfig: PORT", () => {
  it("is undefined when not set", () => {
    expect(parseConfig({}).port).toBeUndefined();
  });

  it.each([
    ["1", 1],
    ["3000", 3000],
    ["65535", 65535],
  ])("reads %j as %i", (port, expected) => {
    expect(parseConfig({ PORT: port }).port).toBe(expected);
  });

  it.each([
    ["abc", "must be a number"],
    ["0", "must be at least 1"],
    ["-1", "must be at least 1"],
    ["70000", "must be at most 65535"],
    ["65536", "must be at most 65535"],
    ["3.5", "must be a whole number"],
  ])("rejects %j with one line naming PORT: %s", (port, reason) => {
    const { message } = configError({ PORT: port });
    expect(message).toBe(`Invalid configuration: PORT ${reason}`);
  });
});

describe("parseConfig: several mistakes", () => {
  it("lists them all on one line", () => {
    const { message } = configError({ DATABASE_URL: "mysql://x/y", PORT: "abc" });
    expect(message).not.toMatch(/[\r\n]/);
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("PORT");
  });
});

describe("describeDatabase", () => {
  it("names the embedded data directory", () => {
    expect(describeDatabase({ kind: "embedded", dataDir: "/srv/data" })).toBe("embedded PGlite in /srv/data");
  });

  it.each([
    ["postgresql://admin:hunter2@db.example.com:6543/corridor", "PostgreSQL at db.example.com:6543/corridor"],
    ["postgres://admin:hunter2@db.example.com/corridor", "PostgreSQL at db.example.com:5432/corridor"],
    ["postgresql://admin:hunter2@localhost/corridor?sslmode=require&password=hunter2", "PostgreSQL at localhost:5432/corridor"],
    ["postgresql://admin:p%40ss%3Ahunter2@10.0.0.5:5433/corridor", "PostgreSQL at 10.0.0.5:5433/corridor"],
  ])("describes %j without the password", (url, expected) => {
    const description = describeDatabase({ kind: "postgres", url, poolMax: 10 });
    expect(description).toBe(expected);
    expect(description).not.toContain("hunter2");
    expect(description).not.toContain("admin");
  });

  it("describes what parseConfig read", () => {
    const { database } = parseConfig({ DATABASE_URL: "postgresql://u:hunter2@db.example.com/corridor" });
    expect(describeDatabase(database)).toBe("PostgreSQL at db.example.com:5432/corridor");
  });
});

describe("parseConfig: sessions", () => {
  it("takes SESSION_SECRET of at least 32 characters", () => {
    expect(parseConfig({ SESSION_SECRET: "x".repeat(32) }).sessionSecret).toBe("x".repeat(32));
    expect(() => parseConfig({ SESSION_SECRET: "short" })).toThrow("Invalid configuration: SESSION_SECRET must be at least 32 characters");
  });

  it.each([
    [{}, false],
    [{ NODE_ENV: "production" }, true],
    [{ NODE_ENV: "production", COOKIE_SECURE: "false" }, false],
    [{ COOKIE_SECURE: "true" }, true],
  ])("makes cookies Secure for %j: %s", (env, secure) => {
    expect(parseConfig(env).cookieSecure).toBe(secure);
  });

  it("refuses a COOKIE_SECURE that is not true or false", () => {
    expect(() => parseConfig({ COOKIE_SECURE: "yes" })).toThrow("COOKIE_SECURE must be true or false");
  });
});

describe("parseConfig: the public origin and proxies", () => {
  it.each([
    ["https://corridor.example.org", "https://corridor.example.org"],
    ["https://corridor.example.org/", "https://corridor.example.org"],
    ["http://127.0.0.1:3000", "http://127.0.0.1:3000"],
  ])("reads PUBLIC_ORIGIN %j as %j", (value, origin) => {
    expect(parseConfig({ PUBLIC_ORIGIN: value }).publicOrigin).toBe(origin);
  });

  it.each(["corridor.example.org", "https://corridor.example.org/admin", "ftp://corridor.example.org", "https://"])(
    "refuses PUBLIC_ORIGIN %j",
    (value) => {
      expect(configError({ PUBLIC_ORIGIN: value }).message).toContain("PUBLIC_ORIGIN must be an origin");
    },
  );

  it("reads TRUSTED_PROXIES, 0 by default", () => {
    expect(parseConfig({}).trustedProxies).toBe(0);
    expect(parseConfig({ TRUSTED_PROXIES: "2" }).trustedProxies).toBe(2);
    expect(configError({ TRUSTED_PROXIES: "-1" }).message).toBe("Invalid configuration: TRUSTED_PROXIES must be at least 0");
  });
});
