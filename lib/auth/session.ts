import "server-only";
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";
import { z } from "zod";
import { getConfig, type AppConfig } from "../config";
import { getDatabase } from "../db";
import { maxInt4 } from "../validation/storable";
import { getSessionSecret } from "./session-secret";

export type SessionData = { editorId?: number; email?: string; name?: string; signedInAt?: number };
export type SignedInEditor = { editorId: number; email: string; name: string };

const sessionCookieName = "cw_session";

/** Eight hours: a working day, after which an editor signs in again. */
export const sessionTtlSeconds = 8 * 60 * 60;

export function sessionOptions(config: AppConfig, password: string): SessionOptions {
  return {
    password,
    cookieName: sessionCookieName,
    ttl: sessionTtlSeconds,
    cookieOptions: { httpOnly: true, sameSite: "lax", secure: config.cookieSecure, path: "/" },
  };
}

/**
 * The sealed, signed session cookie of the current request (iron-session: AES-256-CBC + HMAC-SHA-256). A cookie
 * that does not unseal (tampered, truncated, from another deployment, a changed prefix or expiry field) means
 * signed out, never an error: iron-session throws on some of those, so the session is then read as if the
 * cookie were absent, and the cookie is cleared where the response can still set one (route handlers).
 */
export async function getSession() {
  const config = getConfig();
  const store = await cookies();
  const options = sessionOptions(config, await getSessionSecret(config));
  try {
    return await getIronSession<SessionData>(store, options);
  } catch {
    clearSessionCookie(store, options.cookieName);
    const withoutCookie = { get: () => undefined, set: store.set.bind(store) };
    return getIronSession<SessionData>(withoutCookie, options);
  }
}

function clearSessionCookie(store: Awaited<ReturnType<typeof cookies>>, name: string) {
  if (!store.has(name)) return;
  try {
    store.delete(name);
  } catch {
    // A server component cannot set cookies; the next route handler will clear it.
  }
}

const SessionDataSchema = z.object({
  editorId: z.number().int().min(1).max(maxInt4),
  email: z.string().min(1).max(254),
  name: z.string().min(1),
  signedInAt: z.number().finite(),
});

/**
 * The signed-in editor, or null. Sessions older than the TTL are refused even if a cookie lingers, and so are
 * sessions of an account that no longer exists, or that was changed since: a password reset (editor:create) or
 * a sign-out (endEditorSessions) moves the account's updatedAt past every earlier sign-in.
 */
export async function getSignedInEditor(): Promise<SignedInEditor | null> {
  const parsed = SessionDataSchema.safeParse(await getSession());
  if (!parsed.success) {
    // A cookie that unsealed to nothing usable (a bad signature, another shape): signed out, and cleared.
    clearSessionCookie(await cookies(), sessionCookieName);
    return null;
  }
  const { editorId, email, name, signedInAt } = parsed.data;
  if (Date.now() - signedInAt > sessionTtlSeconds * 1000) return null;
  const { prisma } = await getDatabase();
  const editor = await prisma.editor.findUnique({ where: { id: editorId }, select: { email: true, updatedAt: true } });
  if (!editor || editor.email !== email || editor.updatedAt.getTime() > signedInAt) return null;
  return { editorId, email, name };
}

/**
 * Signing out ends the editor's sessions on the server, not only in this browser: a copy of the cookie saved
 * before is refused afterwards. The account's updatedAt is its session generation (every session signed in
 * before it is void), which a password reset moves too; so signing out ends the editor's sessions everywhere.
 */
export async function endEditorSessions(editorId: number): Promise<void> {
  const { prisma } = await getDatabase();
  await prisma.editor.updateMany({ where: { id: editorId }, data: { updatedAt: new Date() } });
}
