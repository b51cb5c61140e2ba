import { sameOriginOnly } from "@/lib/auth/request-guard";
import { getSession } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** POST /api/auth/sign-out: ends the session. Anyone may sign out; another site may not sign you out. */
export const POST = sameOriginOnly(async () => {
  const session = await getSession();
  session.destroy();
  return Response.json({ signedOut: true });
});
