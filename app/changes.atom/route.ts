import type { NextRequest } from "next/server";
import { siteOrigin } from "@/lib/auth/request-guard";
import { atomFeed } from "@/lib/changes/atom-feed";
import { badRequest } from "@/lib/http/api-error";
import { getChangesPage } from "@/lib/data/changes/get-changes";
import { changeQueryString, parseChangeFeedQuery } from "@/lib/filters/change-filter";
import { conditionalResponse } from "@/lib/http/conditional-response";
import { configuredSiteOrigin } from "@/lib/http/site-origin";
import { withErrorResponses } from "@/lib/http/error-responses";
import { requestReader } from "@/lib/data/request-reader";

export const dynamic = "force-dynamic";

/** How many of the newest changes the feed carries; older ones are on /changes's later pages. */
const entries = 50;

/** GET /changes.atom[?metric=…&route=…&figure=…]: the newest changes as an Atom 1.0 feed, filtered as /changes is. */
export const GET = withErrorResponses(async (request: NextRequest) => {
  const at = await requestReader(request.nextUrl.searchParams);
  if (!at.ok) return at.response;
  const { db } = at;
  const parsed = parseChangeFeedQuery(at.params);
  if (!parsed.ok) return badRequest("Invalid filter", parsed.errors);
  const filter = parsed.filter;
  return conditionalResponse(db, request, async () => {
    const { changes } = await getChangesPage(db, filter, entries);
    const subtitle = [
      "Every change editors made to figures, routes, metrics and events",
      filter.metric ? `of the metric ${filter.metric}` : null,
      filter.route ? `on the route ${filter.route}` : null,
      filter.figure !== undefined ? `to figure ${filter.figure}` : null,
    ]
      .filter(Boolean)
      .join(" ");
    const xml = atomFeed(changes, {
      origin: siteOrigin(request) ?? configuredSiteOrigin(),
      query: changeQueryString(filter),
      subtitle: `${subtitle}, newest first.`,
      now: new Date(),
    });
    return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-cache" } });
  });
});
