import "server-only";
import { z } from "zod";
import { invalidateWrite } from "../../cache/invalidate-for";
import { editorOnly } from "../../auth/request-guard";
import { getDatabase } from "../../db";
import { RecordHistorySchema, RecordListPageSchema, RecordWriteAnswerSchema } from "../../api/admin-answer-schemas";
import { apiErrorResponse, type FieldErrors } from "../../http/api-error";
import { jsonAnswer } from "../../http/json-answer";
import { bodyLimits, readJsonBody } from "../../http/read-request-body";
import { parseId } from "./parse-id";
import type { AnyRecordDefinition } from "./record-definition";
import { getRecordHistory } from "./record-history";
import { RecordRestoreSchema, recordFieldErrorsOf, RecordVersionSchema } from "./record-types";
import { createRecord, deleteRecord, restoreRecord, updateRecord, type RecordWriteResult } from "./record-writes";

// The admin API of every kind of record (figures, routes, metrics, events, rulings): each kind's route.ts files export these, made for its
// definition. Every handler is editorOnly (signed-in editor, same origin), which the mutations-guarded
// integration test proves for each file on disk.

type IdContext = { params: Promise<{ id: string }> };

const noStore = { "Cache-Control": "no-store" };

const checkFields = "Check the highlighted fields; nothing was saved.";

function invalidBody(fieldErrors: FieldErrors, message = checkFields) {
  return apiErrorResponse(422, message, { fieldErrors });
}

function notFound(definition: AnyRecordDefinition) {
  return apiErrorResponse(404, `This ${definition.noun} does not exist or was deleted.`);
}

/** Maps a write's outcome to HTTP: 200/201 with the record, 422 field errors, 409 with the saved values, 404. */
async function writeResponse(definition: AnyRecordDefinition, result: RecordWriteResult<Record<string, string>>, successStatus = 200) {
  if (result.ok) {
    if (result.unchanged) {
      return jsonAnswer(RecordWriteAnswerSchema, {
        record: result.record,
        unchanged: true,
        message: `Nothing changed, so no new version of this ${definition.noun} was saved.`,
      });
    }
    await invalidateWrite({ kind: definition.type, id: result.record.id, version: result.record.version });
    return jsonAnswer(RecordWriteAnswerSchema, { record: result.record }, { status: successStatus });
  }
  switch (result.kind) {
    case "invalid":
      return invalidBody(result.fieldErrors, result.fieldErrors.record?.[0] ?? checkFields);
    case "conflict":
      return apiErrorResponse(409, `Another editor saved this ${definition.noun} after you opened it. Nothing was saved.`, {
        details: { current: result.current },
      });
    case "not_found":
      return notFound(definition);
  }
}

/** GET: the list (filters, search, sort, page in the query string). POST {record}: create. */
export function collectionHandlers(definition: AnyRecordDefinition) {
  const CreateSchema = z.object({ record: definition.schema });
  return {
    GET: editorOnly(async (request) => {
      const listed = await definition.list(await getDatabase(), new URL(request.url).searchParams);
      if (!listed.ok) return apiErrorResponse(400, "This list cannot be shown: check its filters.", { issues: listed.issues });
      return jsonAnswer(RecordListPageSchema, listed.page, { headers: noStore });
    }),
    POST: editorOnly(async (request, _context: unknown, editor) => {
      const body = await readJsonBody(request, bodyLimits.adminWrite);
      if (!body.ok) return body.response;
      const parsed = CreateSchema.safeParse(body.value);
      if (!parsed.success) return invalidBody(recordFieldErrorsOf(parsed.error));
      return writeResponse(definition, await createRecord(await getDatabase(), definition, editor.editorId, parsed.data.record), 201);
    }),
  };
}

/** PUT {record, version}: save if still at `version` (else 409). DELETE {version}: delete if still at it. */
export function itemHandlers(definition: AnyRecordDefinition) {
  const UpdateSchema = RecordVersionSchema.extend({ record: definition.schema });
  return {
    PUT: editorOnly(async (request, { params }: IdContext, editor) => {
      const id = parseId((await params).id);
      if (id === null) return notFound(definition);
      const body = await readJsonBody(request, bodyLimits.adminWrite);
      if (!body.ok) return body.response;
      const parsed = UpdateSchema.safeParse(body.value);
      if (!parsed.success) return invalidBody(recordFieldErrorsOf(parsed.error));
      return writeResponse(
        definition,
        await updateRecord(await getDatabase(), definition, editor.editorId, id, parsed.data.version, parsed.data.record),
      );
    }),
    DELETE: editorOnly(async (request, { params }: IdContext, editor) => {
      const id = parseId((await params).id);
      if (id === null) return notFound(definition);
      const body = await readJsonBody(request, bodyLimits.adminWrite);
      if (!body.ok) return body.response;
      const parsed = RecordVersionSchema.safeParse(body.value);
      if (!parsed.success) return invalidBody(recordFieldErrorsOf(parsed.error));
      return writeResponse(definition, await deleteRecord(await getDatabase(), definition, editor.editorId, id, parsed.data.version));
    }),
  };
}

/** POST {revisionId, version}: back to a revision's state (re-creating a deleted record), as a new revision. */
export function restoreHandler(definition: AnyRecordDefinition) {
  return editorOnly(async (request, { params }: IdContext, editor) => {
    const id = parseId((await params).id);
    if (id === null) return notFound(definition);
    const body = await readJsonBody(request, bodyLimits.adminWrite);
    if (!body.ok) return body.response;
    const parsed = RecordRestoreSchema.safeParse(body.value);
    if (!parsed.success) return invalidBody(recordFieldErrorsOf(parsed.error));
    return writeResponse(
      definition,
      await restoreRecord(await getDatabase(), definition, editor.editorId, id, parsed.data.revisionId, parsed.data.version),
    );
  });
}

/** GET: the record's revisions, newest first, and its current version. */
export function historyHandler(definition: AnyRecordDefinition) {
  return editorOnly(async (_request, { params }: IdContext) => {
    const id = parseId((await params).id);
    const history = id === null ? null : await getRecordHistory(await getDatabase(), definition, id);
    return history ? jsonAnswer(RecordHistorySchema, history, { headers: noStore }) : notFound(definition);
  });
}
