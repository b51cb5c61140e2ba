import { z } from "zod";
import { clientAddress, sameOriginOnly } from "@/lib/auth/request-guard";
import { getSession } from "@/lib/auth/session";
import { SignInSchema, signIn } from "@/lib/auth/sign-in";
import { getDatabase } from "@/lib/db";
import { SignInAnswerSchema } from "@/lib/api/admin-answer-schemas";
import { apiErrorResponse } from "@/lib/http/api-error";
import { jsonAnswer } from "@/lib/http/json-answer";
import { bodyLimits, readJsonBody } from "@/lib/http/read-request-body";

export const dynamic = "force-dynamic";

/** POST /api/auth/sign-in {email, password}: starts an editor session (cookie) or answers 400/401/429. */
export const POST = sameOriginOnly(async (request: Request) => {
  const body = await readJsonBody(request, bodyLimits.signIn);
  if (!body.ok) return body.response;
  const parsed = SignInSchema.safeParse(body.value);
  if (!parsed.success) {
    return apiErrorResponse(400, "Check the highlighted fields.", { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  }
  const result = await signIn(await getDatabase(), parsed.data, clientAddress(request));
  if (!result.ok) return apiErrorResponse(result.status, result.message);
  const session = await getSession();
  session.editorId = result.editor.id;
  session.email = result.editor.email;
  session.name = result.editor.name;
  session.signedInAt = Date.now();
  await session.save();
  return jsonAnswer(SignInAnswerSchema, { editor: result.editor });
});
