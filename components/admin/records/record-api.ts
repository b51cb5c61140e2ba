import type { RecordHistory } from "@/lib/admin/records/record-history-view";
import type { RecordListPage } from "@/lib/admin/records/record-list-row";
import type { AdminRecord, RecordFieldErrors, RecordSnapshot, RecordType, RecordValues } from "@/lib/admin/records/record-types";
import { getJson } from "../get-json";
import { sendWrite, type WriteOutcomeOf } from "../send-write";
import { recordConfigs } from "./record-configs";

// The admin pages' calls to /api/admin/<figures|routes|metrics|events|rulings> (see send-write.ts for how answers become
// outcomes a form can switch on).

export type RecordWriteOutcome = WriteOutcomeOf<"record", AdminRecord, RecordSnapshot, RecordFieldErrors>;

export const recordKeys = {
  /** Everything the admin pages cached: dropped when the editor signs in or out. */
  admin: ["admin"] as const,
  all: (type: RecordType) => ["admin", type] as const,
  list: (type: RecordType, queryString: string) => ["admin", type, "list", queryString] as const,
  history: (type: RecordType, id: number) => ["admin", type, "history", id] as const,
};

const base = (type: RecordType) => `/api/admin/${recordConfigs[type].plural}`;

const send = (url: string, method: "POST" | "PUT" | "DELETE", body: unknown) =>
  sendWrite<"record", AdminRecord, RecordSnapshot, RecordFieldErrors>("record", url, method, body);

export const createRecord = (type: RecordType, record: RecordValues) => send(base(type), "POST", { record });
export const updateRecord = (type: RecordType, id: number, record: RecordValues, version: number) =>
  send(`${base(type)}/${id}`, "PUT", { record, version });
export const deleteRecord = (type: RecordType, id: number, version: number) => send(`${base(type)}/${id}`, "DELETE", { version });
export const restoreRecord = (type: RecordType, id: number, revisionId: number, version: number) =>
  send(`${base(type)}/${id}/restore`, "POST", { revisionId, version });

export const fetchRecordList = (type: RecordType, queryString: string, signal: AbortSignal) =>
  getJson<RecordListPage>(`${base(type)}${queryString}`, signal);

export const fetchRecordHistory = (type: RecordType, id: number, signal: AbortSignal) =>
  getJson<RecordHistory>(`${base(type)}/${id}/history`, signal);
