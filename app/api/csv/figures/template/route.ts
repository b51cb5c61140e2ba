import { csvContentType } from "@/lib/csv/csv-response";
import { figuresToCsv } from "@/lib/csv/figure-csv";
import { conditionalStaticResponse } from "@/lib/http/conditional-response";

const template = figuresToCsv([], { header: true });

/** GET /api/csv/figures/template: the import format's header row (leave id and version empty for new figures). */
export function GET(request: Request) {
  return conditionalStaticResponse(
    request,
    template,
    (body) =>
      new Response(body, {
        headers: { "Content-Type": csvContentType, "Content-Disposition": 'attachment; filename="corridor-watch-figures-template.csv"' },
      }),
  );
}
