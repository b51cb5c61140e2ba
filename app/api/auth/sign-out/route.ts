import { SignOutAnswerSchema } from "@/lib/api/admin-answer-schemas";
import { jsonAnswer } from "@/lib/http/json-answer";
import { sameOriginOnly } from "@/lib/auth/request-guard";
import { endEditorSessions, getSession, getSignedInEditor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/**
 * POST /api/auth/sign-out: ends the session, on the server too (a saved copy of the cookie stops working). Anyone
 * may sign out; another site may not sign you out.
 */
export const POST = sameOriginOnly(async () => {
  const editor = await getSignedInEditor();
  if (editor) await endEditorSessions(editor.editorId);
  const session = await getSession();
  session.destroy();
  return jsonAnswer(SignOutAnswerSchema, { signedOut: true });
});
