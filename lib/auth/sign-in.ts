import "server-only";
import type { Database } from "../db/connect";
import { verifyDecoy, verifyPassword } from "./password";
import { markSignInSucceeded, reserveSignInAttempt } from "./rate-limit";
import type { SignInInput } from "./sign-in-input";

export { SignInSchema, type SignInInput } from "./sign-in-input";

export type SignInResult =
  { ok: true; editor: { id: number; email: string; name: string } } | { ok: false; status: 401 | 429; message: string };

/** One message for every failure, so the answer never tells whether an account exists. */
export const wrongCredentials = "That email and password do not match an editor account.";

export async function signIn(db: Database, input: SignInInput, clientAddress: string): Promise<SignInResult> {
  const limit = await reserveSignInAttempt(db.prisma, input.email, clientAddress);
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return {
      ok: false,
      status: 429,
      message: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    };
  }
  const editor = await db.prisma.editor.findUnique({ where: { email: input.email } });
  // The demo account exists only for the embedded database; on a server it never signs in.
  const usable = editor && !(editor.isDemo && db.kind === "postgres");
  const valid = usable ? await verifyPassword(editor.passwordHash, input.password) : await verifyDecoy(input.password);
  if (!valid || !editor) return { ok: false, status: 401, message: wrongCredentials };
  await markSignInSucceeded(db.prisma, limit.attemptId);
  return { ok: true, editor: { id: editor.id, email: editor.email, name: editor.name } };
}
