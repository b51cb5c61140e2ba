"use client";

import type { Ref } from "react";
import type { RecordRevisionView } from "@/lib/admin/records/record-history-view";
import type { RecordFieldChange } from "@/lib/admin/records/record-types";
import styles from "./admin.module.css";
import { formatTimestamp } from "./format-timestamp";
import { ColumnHeads } from "@/components/tables/column-heads";

// What every history page shows, for figures and for routes, metrics and events alike: the outcome of the last
// restore, and the revisions, newest first, each with who, when and what changed, and a way back to it.

export type HistoryNews = { tone: "ok" | "error" | "info"; text: string; details?: string[] };

const actionLabels: Record<RecordRevisionView["action"], string> = {
  create: "Created",
  update: "Edited",
  delete: "Deleted",
  restore: "Restored",
};

/** The outcome of a restore, announced politely and focusable, so keyboard users land on it. */
export function HistoryStatus({ news, ref }: { news: HistoryNews | null; ref: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} tabIndex={-1} role="status" aria-live="polite" className={news ? styles[`status_${news.tone}`] : styles.statusEmpty}>
      {news ? (
        <>
          <p>
            {news.tone === "ok" ? <span aria-hidden="true">✓ </span> : null}
            {news.text}
          </p>
          {news.details && news.details.length > 0 ? (
            <ul>
              {news.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

type Props = {
  noun: string;
  revisions: readonly RecordRevisionView[];
  currentVersion: number;
  /** Whether the record is deleted now: its latest deletion can then be undone. */
  deleted: boolean;
  /** A value as a person reads it (a route's name rather than its slug). */
  describe: (field: string, value: string) => string;
  pending: boolean;
  onRestore: (revision: RecordRevisionView) => void;
};

export function RevisionList({ noun, revisions, currentVersion, deleted, describe, pending, onRestore }: Props) {
  if (revisions.length === 0) return <p>No change has been recorded for this {noun}: it is as it was first loaded.</p>;
  const latest = revisions[0];
  return (
    <ol className={styles.revisions} aria-label="Revisions, newest first">
      {revisions.map((revision) => (
        <li key={revision.id}>
          <article aria-labelledby={`revision-${revision.id}`} className={styles.revision}>
            <h2 id={`revision-${revision.id}`}>
              Version {revision.version}: {actionLabels[revision.action]}
              {revision.version === currentVersion && !deleted ? (
                <>
                  {" "}
                  <span className={styles.currentTag}>current</span>
                </>
              ) : null}
            </h2>
            <p className={styles.meta}>
              {revision.editor} · <time dateTime={revision.createdAt}>{formatTimestamp(revision.createdAt)}</time>
            </p>
            {revision.comment ? <p className={styles.comment}>{revision.comment}</p> : null}
            {revision.action === "delete" ? (
              <p>Taken off the public pages; its values are kept here.</p>
            ) : revision.changes.length === 0 ? (
              <p className={styles.muted}>No field changed.</p>
            ) : (
              <ChangesTable
                changes={revision.changes}
                created={revision.action === "create"}
                version={revision.version}
                describe={describe}
              />
            )}
            {revision.restorable ? (
              <button
                type="button"
                className="secondary"
                disabled={pending}
                onClick={() => onRestore(revision)}
                aria-describedby={`revision-${revision.id}`}
              >
                {deleted && revision === latest && revision.action === "delete" ? "Undo this deletion" : "Restore this version"}
              </button>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}

function ChangesTable({
  changes,
  created,
  version,
  describe,
}: {
  changes: readonly RecordFieldChange[];
  created: boolean;
  version: number;
  describe: (field: string, value: string) => string;
}) {
  return (
    <div className={styles.scroll} role="region" aria-label={`Changes in version ${version}`} tabIndex={0}>
      <table className={styles.table}>
        <caption className="visually-hidden">{created ? "Values it was created with" : "Fields changed, before and after"}</caption>
        <ColumnHeads columns={["Field", created ? null : "Before", created ? "Value" : "After"]} />
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{change.label}</th>
              {created ? null : (
                <td className={styles.conflictValue}>
                  <del>{describe(change.field, change.before)}</del>
                </td>
              )}
              <td className={styles.conflictValue}>
                {created ? describe(change.field, change.after) : <ins>{describe(change.field, change.after)}</ins>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A restore's answer, whatever kind of record: saved (with the version it is now at) or why not. */
export type RestoreOutcome =
  | { kind: "saved"; version: number }
  | { kind: "invalid"; message: string; fieldErrors: Record<string, string[] | undefined> }
  | { kind: "conflict" | "not_found" | "signed_out"; message: string };

/** What to tell the editor after a restore. */
export function restoreNews(outcome: RestoreOutcome, revision: RecordRevisionView, noun: string, wasDeleted: boolean): HistoryNews {
  switch (outcome.kind) {
    case "saved":
      return {
        tone: "ok",
        text: `${wasDeleted && revision.action === "delete" ? "Deletion undone" : `Restored version ${revision.version}`}. The ${noun} is now at version ${outcome.version}${wasDeleted ? " and shown on public pages again" : ""}.`,
      };
    case "conflict":
      return {
        tone: "error",
        text: `Someone changed this ${noun} meanwhile, so nothing was restored. The history below is now up to date: check it and try again.`,
      };
    case "invalid":
      return {
        tone: "error",
        text: `Version ${revision.version} cannot be restored as it is: ${outcome.message}`,
        details: Object.values(outcome.fieldErrors).flatMap((messages) => messages ?? []),
      };
    default:
      return { tone: "error", text: outcome.message };
  }
}
