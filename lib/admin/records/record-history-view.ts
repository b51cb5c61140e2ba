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

/** One stored revision as the history shows it; each kind of record says what changed and whether to offer a restore. */
export function toRevisionView(
  revision: {
    id: number;
    action: RecordRevisionView["action"];
    version: number;
    editor: { name: string; email: string } | null;
    createdAt: Date;
    comment: string | null;
  },
  changes: RecordFieldChange[],
  restorable: boolean,
): RecordRevisionView {
  return {
    id: revision.id,
    action: revision.action,
    version: revision.version,
    editor: revision.editor ? `${revision.editor.name} <${revision.editor.email}>` : "system",
    createdAt: revision.createdAt.toISOString(),
    comment: revision.comment,
    changes,
    restorable,
  };
}
