import { restoreFigure } from "@/lib/admin/figures/figure-writes";
import { invalidBody, parseId, writeResponse } from "@/lib/admin/figures/write-response";
import { RestoreSchema } from "@/lib/admin/figure-input";
import { editorOnly } from "@/lib/auth/request-guard";
import { getDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

/** POST /api/admin/figures/<id>/restore {revisionId, version}: back to a revision's state, as a new revision. */
export const POST = editorOnly(async (request, { params }: { params: Promise<{ id: string }> }, editor) => {
  const id = parseId((await params).id);
  if (id === null) return Response.json({ message: "No such figure." }, { status: 404 });
  const parsed = RestoreSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return invalidBody({ version: parsed.error.issues.map((issue) => issue.message) });
  return writeResponse(await restoreFigure(await getDatabase(), editor.editorId, id, parsed.data.revisionId, parsed.data.version));
});
