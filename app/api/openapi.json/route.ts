import { openApiDocument } from "@/lib/api/openapi-document";
import { siteOrigin } from "@/lib/auth/request-guard";
import { conditionalStaticResponse } from "@/lib/http/conditional-response";

/** GET /api/openapi.json: the public API's OpenAPI 3.1 document, with this site as its server. */
export function GET(request: Request) {
  const body = JSON.stringify(openApiDocument({ origin: siteOrigin(request) ?? new URL(request.url).origin }));
  return conditionalStaticResponse(
    request,
    body,
    (text) => new Response(text, { headers: { "Content-Type": "application/json; charset=utf-8" } }),
  );
}
