import type { RecordFieldChange } from "./record-types";

// A record's history as GET /api/admin/<kind>/<id>/history answers and the history page shows it.

export type RecordRevisionView = {
  id: number;
  action: "create" | "update" | "delete" | "restore";
  version: number;
  editor: string;
  createdAt: string;
  comment: string | null;
  changes: RecordFieldChange[];
  /** Whether restoring this revision would change the record's current state. */
  restorable: boolean;
};

export type RecordHistory = {
  /** The record's version now; for a deleted record, its deletion's (what a restore must name). */
  version: number;
  deleted: boolean;
  /** What the record is called, for the page title: its name or title, now or when deleted. */
  title: string;
  revisions: RecordRevisionView[];
};
