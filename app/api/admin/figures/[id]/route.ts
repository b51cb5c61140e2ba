import { deleteFigure, updateFigure } from "@/lib/admin/figures/figure-writes";
import { invalidBody, parseId, writeResponse } from "@/lib/admin/figures/write-response";
import { fieldErrorsOf, UpdateFigureSchema, VersionSchema } from "@/lib/admin/figure-input";
import { recordFieldErrorsOf } from "@/lib/admin/records/record-types";
import { editorOnly } from "@/lib/auth/request-guard";
import { getDatabase } from "@/lib/db";
import { bodyLimits, readJsonBody } from "@/lib/http/read-request-body";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const notFound = () => Response.json({ message: "This figure does not exist or was deleted." }, { status: 404 });

/** PUT /api/admin/figures/<id> {figure, version}: saves only if the figure is still at `version` (else 409). */
export const PUT = editorOnly(async (request, { params }: Context, editor) => {
  const id = parseId((await params).id);
  if (id === null) return notFound();
  const body = await readJsonBody(request, bodyLimits.adminWrite);
  if (!body.ok) return body.response;
  const parsed = UpdateFigureSchema.safeParse(body.value);
  if (!parsed.success) return invalidBody(fieldErrorsOf(parsed.error));
  return writeResponse(await updateFigure(await getDatabase(), editor.editorId, id, parsed.data.version, parsed.data.figure));
});

/** DELETE /api/admin/figures/<id> {version}: a soft delete, recorded in history and restorable. */
export const DELETE = editorOnly(async (request, { params }: Context, editor) => {
  const id = parseId((await params).id);
  if (id === null) return notFound();
  const body = await readJsonBody(request, bodyLimits.adminWrite);
  if (!body.ok) return body.response;
  const parsed = VersionSchema.safeParse(body.value);
  if (!parsed.success) return invalidBody(recordFieldErrorsOf(parsed.error));
  return writeResponse(await deleteFigure(await getDatabase(), editor.editorId, id, parsed.data.version));
});
