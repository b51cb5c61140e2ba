import { getDatabase } from "@/lib/db";
import { HealthSchema } from "@/lib/api/response-schemas";
import { jsonAnswer } from "@/lib/http/json-answer";
import { getSignedInEditor } from "@/lib/auth/session";
import { getHealth, publicHealth } from "@/lib/data/health/get-health";

export const dynamic = "force-dynamic";

/**
 * For load balancers and people: 200 when the database answers and is fully migrated, 503 otherwise. Where the
 * database is and why it fails are shown to signed-in editors only (and written to the server log).
 */
export async function GET() {
  const health = await getHealth(getDatabase);
  const editor = health.ok ? await getSignedInEditor().catch(() => null) : null;
  const body = editor ? health : publicHealth(health);
  return jsonAnswer(HealthSchema, body, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
