import { clientAddress, sameOriginOnly } from "@/lib/auth/request-guard";
import { getSession } from "@/lib/auth/session";
import { SignInSchema, signIn } from "@/lib/auth/sign-in";
import { getDatabase } from "@/lib/db";
import { bodyLimits, readJsonBody } from "@/lib/http/read-request-body";

export const dynamic = "force-dynamic";

/** POST /api/auth/sign-in {email, password}: starts an editor session (cookie) or answers 400/401/429. */
export const POST = sameOriginOnly(async (request: Request) => {
  const body = await readJsonBody(request, bodyLimits.signIn);
  if (!body.ok) return body.response;
  const parsed = SignInSchema.safeParse(body.value);
  if (!parsed.success) {
    return Response.json({ message: "Check the highlighted fields.", fieldErrors: parsed.error.flatten().fieldErrors }, { status: 400 });
  }
  const result = await signIn(await getDatabase(), parsed.data, clientAddress(request));
  if (!result.ok) return Response.json({ message: result.message }, { status: result.status });
  const session = await getSession();
  session.editorId = result.editor.id;
  session.email = result.editor.email;
  session.name = result.editor.name;
  session.signedInAt = Date.now();
  await session.save();
  return Response.json({ editor: result.editor });
});
