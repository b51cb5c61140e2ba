import { clientAddress, sameOriginOnly } from "@/lib/auth/request-guard";
import { getSession } from "@/lib/auth/session";
import { SignInSchema, signIn } from "@/lib/auth/sign-in";
import { getDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

/** POST /api/auth/sign-in {email, password}: starts an editor session (cookie) or answers 400/401/429. */
export const POST = sameOriginOnly(async (request: Request) => {
  const body: unknown = await request.json().catch(() => null);
  const parsed = SignInSchema.safeParse(body);
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
