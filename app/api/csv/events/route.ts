import type { NextRequest } from "next/server";
import { csvFilename, csvResponse } from "@/lib/csv/csv-response";
import { badRequest } from "@/lib/http/api-error";
import { eventsToCsv } from "@/lib/csv/timeline-and-sources-csv";
import { getEvents } from "@/lib/data/events/get-events";
import { getRoutes } from "@/lib/data/routes/get-routes";
import { parseEventFilter } from "@/lib/filters/event-filter";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { withErrorResponses } from "@/lib/http/error-responses";
import { requestReader } from "@/lib/data/request-reader";

export const dynamic = "force-dynamic";

/** GET /api/csv/events[?route=<slug>]: the events timeline. */
export const GET = withErrorResponses(async (request: NextRequest) => {
  const at = await requestReader(request.nextUrl.searchParams);
  if (!at.ok) return at.response;
  const { db } = at;
  const parsed = parseEventFilter(at.params);
  if (!parsed.ok) return badRequest("Invalid filter", parsed.errors);
  const { route } = parsed.filter;
  if (route && !(await getRoutes(db)).some((candidate) => candidate.slug === route))
    return badRequest("Invalid filter", [`There is no route called “${route}”`]);
  return conditionalResponse(db, request, async () => {
    const events = await getEvents(db, route ? { route } : {});
    return csvResponse(
      csvFilename("events", { route }, new Date()),
      (async function* () {
        yield eventsToCsv(events);
      })(),
    );
  });
});
