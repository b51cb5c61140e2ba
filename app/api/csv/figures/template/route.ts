import { figuresToCsv } from "@/lib/csv/figure-csv";

/** GET /api/csv/figures/template: the import format's header row (leave id and version empty for new figures). */
export function GET() {
  return new Response(figuresToCsv([], { header: true }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="corridor-watch-figures-template.csv"',
    },
  });
}
