import {
  RecordConflictDetailsSchema,
  RecordHistorySchema,
  RecordListPageSchema,
  RecordWriteAnswerSchema,
} from "@/lib/api/admin-answer-schemas";
import type { AdminRecord, RecordFieldErrors, RecordSnapshot, RecordType, RecordValues } from "@/lib/admin/records/record-types";
import { ApiError } from "@/lib/http/api-error";
import { fetchApi } from "@/lib/http/fetch-api";
import { recordConfigs } from "./record-configs";

// The admin pages' calls to /api/admin/<figures|routes|metrics|events|rulings>, through the one fetch helper. Every
// answer a write can have becomes a value a form can switch on; only a network failure or an unexpected status
// throws.

export type RecordWriteOutcome =
  | { kind: "saved"; unchanged: boolean; record: AdminRecord }
  | { kind: "invalid"; message: string; fieldErrors: RecordFieldErrors }
  | { kind: "conflict"; message: string; current: RecordSnapshot }
  | { kind: "not_found"; message: string }
  | { kind: "signed_out"; message: string };

export const recordKeys = {
  /** Everything the admin pages cached: dropped when the editor signs in or out. */
  admin: ["admin"] as const,
  all: (type: RecordType) => ["admin", type] as const,
  list: (type: RecordType, queryString: string) => ["admin", type, "list", queryString] as const,
  history: (type: RecordType, id: number) => ["admin", type, "history", id] as const,
};

const base = (type: RecordType) => `/api/admin/${recordConfigs[type].plural}`;

const signedOutMessage = "Your session has ended: sign in again. Nothing was saved.";

/** A refused write as the form's outcome; anything the form cannot act on stays thrown. */
function refusalOutcome(error: ApiError): RecordWriteOutcome {
  switch (error.status) {
    case 401:
    case 403:
      return { kind: "signed_out", message: signedOutMessage };
    case 404:
      return { kind: "not_found", message: error.message };
    case 409: {
      const details = RecordConflictDetailsSchema.safeParse(error.details);
      if (details.success) return { kind: "conflict", message: error.message, current: details.data.current };
      break;
    }
    case 422:
      return { kind: "invalid", message: error.message, fieldErrors: error.fieldErrors };
  }
  throw error;
}

async function send(url: string, method: "POST" | "PUT" | "DELETE", json: unknown): Promise<RecordWriteOutcome> {
  try {
    const answer = await fetchApi(url, RecordWriteAnswerSchema, { method, json });
    return { kind: "saved", unchanged: answer.unchanged === true, record: answer.record };
  } catch (error) {
    if (error instanceof ApiError) return refusalOutcome(error);
    throw error;
  }
}

export const createRecord = (type: RecordType, record: RecordValues) => send(base(type), "POST", { record });
export const updateRecord = (type: RecordType, id: number, record: RecordValues, version: number) =>
  send(`${base(type)}/${id}`, "PUT", { record, version });
export const deleteRecord = (type: RecordType, id: number, version: number) => send(`${base(type)}/${id}`, "DELETE", { version });
export const restoreRecord = (type: RecordType, id: number, revisionId: number, version: number) =>
  send(`${base(type)}/${id}/restore`, "POST", { revisionId, version });

export const fetchRecordList = (type: RecordType, queryString: string, signal: AbortSignal) =>
  fetchApi(`${base(type)}${queryString}`, RecordListPageSchema, { signal });

export const fetchRecordHistory = (type: RecordType, id: number, signal: AbortSignal) =>
  fetchApi(`${base(type)}/${id}/history`, RecordHistorySchema, { signal });
