import { restoreFigure } from "@/lib/admin/figures/figure-writes";
import { invalidBody, parseId, writeResponse } from "@/lib/admin/figures/write-response";
import { RestoreSchema } from "@/lib/admin/figure-input";
import { recordFieldErrorsOf } from "@/lib/admin/records/record-types";
import { editorOnly } from "@/lib/auth/request-guard";
import { getDatabase } from "@/lib/db";
import { bodyLimits, readJsonBody } from "@/lib/http/read-request-body";

export const dynamic = "force-dynamic";

/** POST /api/admin/figures/<id>/restore {revisionId, version}: back to a revision's state, as a new revision. */
export const POST = editorOnly(async (request, { params }: { params: Promise<{ id: string }> }, editor) => {
  const id = parseId((await params).id);
  if (id === null) return Response.json({ message: "No such figure." }, { status: 404 });
  const body = await readJsonBody(request, bodyLimits.adminWrite);
  if (!body.ok) return body.response;
  const parsed = RestoreSchema.safeParse(body.value);
  if (!parsed.success) return invalidBody(recordFieldErrorsOf(parsed.error));
  return writeResponse(await restoreFigure(await getDatabase(), editor.editorId, id, parsed.data.revisionId, parsed.data.version));
});
