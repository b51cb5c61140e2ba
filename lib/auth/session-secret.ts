import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AppConfig } from "../config";
import { StartupError } from "../db/prepare-database";

const globalForSecret = globalThis as typeof globalThis & { corridorWatchSessionSecret?: Promise<string> };

/**
 * The key that seals session cookies: SESSION_SECRET when set (required with DATABASE_URL); for the embedded
 * database, generated once and kept beside it in the data folder, so sessions survive restarts.
 */
async function loadSecret(config: AppConfig): Promise<string> {
  if (config.sessionSecret) return config.sessionSecret;
  if (config.database.kind === "postgres") {
    throw new StartupError("SESSION_SECRET is required with DATABASE_URL (at least 32 random characters, e.g. `openssl rand -base64 48`).");
  }
  if (config.database.dataDir.startsWith("memory://")) return randomBytes(48).toString("base64url");
  const file = path.join(config.database.dataDir, "session-secret");
  const existing = await readFile(file, "utf8").catch(() => null);
  if (existing && existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(48).toString("base64url");
  // Start-up reads this secret while the database creates the same folder, in parallel: on a fresh data folder
  // either may come first.
  await mkdir(config.database.dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function getSessionSecret(config: AppConfig): Promise<string> {
  globalForSecret.corridorWatchSessionSecret ??= loadSecret(config).catch((error: unknown) => {
    globalForSecret.corridorWatchSessionSecret = undefined;
    throw error;
  });
  return globalForSecret.corridorWatchSessionSecret;
}
