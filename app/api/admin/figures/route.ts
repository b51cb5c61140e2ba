import { createFigure } from "@/lib/admin/figures/figure-writes";
import { parseAdminListQuery } from "@/lib/admin/figures/admin-list-query";
import { listFiguresForAdmin } from "@/lib/admin/figures/list-figures-for-admin";
import { invalidBody, writeResponse } from "@/lib/admin/figures/write-response";
import { fieldErrorsOf, FigureInputSchema } from "@/lib/admin/figure-input";
import { editorOnly } from "@/lib/auth/request-guard";
import { getDatabase } from "@/lib/db";
import { bodyLimits, readJsonBody } from "@/lib/http/read-request-body";

export const dynamic = "force-dynamic";

/** GET /api/admin/figures?metric&route&status&source&q&deleted&sort&dir&page&pageSize: one page, for editors. */
export const GET = editorOnly(async (request: Request) => {
  const parsed = parseAdminListQuery(new URL(request.url).searchParams);
  if (!parsed.success) {
    return Response.json({ error: "Invalid query", issues: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) }, { status: 400 });
  }
  return Response.json(await listFiguresForAdmin(parsed.data), { headers: { "Cache-Control": "no-store" } });
});

/** POST /api/admin/figures {figure}: creates a figure and its first revision. */
export const POST = editorOnly(async (request, _context, editor) => {
  const body = await readJsonBody(request, bodyLimits.adminWrite);
  if (!body.ok) return body.response;
  const parsed = FigureInputSchema.safeParse((body.value as { figure?: unknown } | null)?.figure);
  if (!parsed.success) return invalidBody(fieldErrorsOf(parsed.error));
  return writeResponse(await createFigure(await getDatabase(), editor.editorId, parsed.data), 201);
});
