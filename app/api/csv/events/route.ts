import type { NextRequest } from "next/server";
import { badRequest, csvFilename, csvResponse } from "@/lib/csv/csv-response";
import { eventsToCsv } from "@/lib/csv/timeline-and-sources-csv";
import { getEvents } from "@/lib/data/events/get-events";
import { getRoutes } from "@/lib/data/routes/get-routes";
import { withErrorResponses } from "@/lib/http/error-responses";

export const dynamic = "force-dynamic";

/** GET /api/csv/events[?route=<slug>]: the events timeline. */
export const GET = withErrorResponses(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const unknownKeys = [...new Set(params.keys())].filter((key) => key !== "route");
  if (unknownKeys.length > 0) return badRequest("Invalid filter", unknownKeys.map((key) => `'${key}' is not a filter of events (only 'route')`));
  if (params.getAll("route").length > 1) return badRequest("Invalid filter", ["'route' is given more than once"]);
  const route = params.get("route") || undefined;
  if (route && !(await getRoutes()).some((candidate) => candidate.slug === route)) {
    return badRequest("Invalid filter", [`'route' "${route}" is not a known route`]);
  }
  const events = await getEvents(route ? { route } : {});
  return await csvResponse(csvFilename("events", { route }, new Date()), (async function* () { yield eventsToCsv(events); })());
});
