import { getHealth } from "@/lib/data/health/get-health";

export const dynamic = "force-dynamic";

/** For load balancers and people: 200 when the database answers and is fully migrated, 503 otherwise. */
export async function GET() {
  const health = await getHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
