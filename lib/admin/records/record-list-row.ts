import type { AdminRecord, RecordValues } from "./record-types";

/** One row of an admin list: the record, and what the list shows beside it (figure counts, a route's name). */
export type RecordListRow<Values extends RecordValues = RecordValues> = AdminRecord<Values> & {
  deleted: boolean;
  extra: Record<string, string | number | null>;
};

/** A page of an admin list, as GET /api/admin/<kind> answers. */
export type RecordListPage<Values extends RecordValues = RecordValues> = {
  rows: RecordListRow<Values>[];
  total: number;
  page: number;
  pageSize: number;
};
