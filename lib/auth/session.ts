import "server-only";
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";
import { getConfig, type AppConfig } from "../config";
import { getPrisma } from "../db";
import { getSessionSecret } from "./session-secret";

export type SessionData = { editorId?: number; email?: string; name?: string; signedInAt?: number };
export type SignedInEditor = { editorId: number; email: string; name: string };

/** Eight hours: a working day, after which an editor signs in again. */
export const sessionTtlSeconds = 8 * 60 * 60;

export function sessionOptions(config: AppConfig, password: string): SessionOptions {
  return {
    password,
    cookieName: "cw_session",
    ttl: sessionTtlSeconds,
    cookieOptions: { httpOnly: true, sameSite: "lax", secure: config.cookieSecure, path: "/" },
  };
}

/** The sealed, signed session cookie of the current request (iron-session: AES-256-CBC + HMAC-SHA-256). */
export async function getSession() {
  const config = getConfig();
  return getIronSession<SessionData>(await cookies(), sessionOptions(config, await getSessionSecret(config)));
}

/**
 * The signed-in editor, or null. Sessions older than the TTL are refused even if a cookie lingers, and so are
 * sessions of an account that no longer exists or whose password was reset since (editor:create).
 */
export async function getSignedInEditor(): Promise<SignedInEditor | null> {
  const session = await getSession();
  const { editorId, email, name, signedInAt } = session;
  if (!editorId || !email || !name || !signedInAt) return null;
  if (Date.now() - signedInAt > sessionTtlSeconds * 1000) return null;
  const prisma = await getPrisma();
  const editor = await prisma.editor.findUnique({ where: { id: editorId }, select: { email: true, updatedAt: true } });
  if (!editor || editor.email !== email || editor.updatedAt.getTime() > signedInAt) return null;
  return { editorId, email, name };
}
