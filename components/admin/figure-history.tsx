"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useRef, useState } from "react";
import type { FieldChange } from "@/lib/admin/figure-snapshot";
import type { RevisionView } from "@/lib/admin/figures/get-figure-history";
import { adminKeys, fetchFigureHistory, restoreFigure, type WriteOutcome } from "./admin-api";
import styles from "./admin.module.css";
import { describeFieldValue, type FigureFormOptions } from "./figure-form-options";
import { formatTimestamp } from "./format-timestamp";

type Props = {
  figureId: number;
  currentVersion: number;
  deletedAt: string | null;
  initialRevisions: RevisionView[];
  options: FigureFormOptions;
};

const actionLabels: Record<RevisionView["action"], string> = {
  create: "Created",
  update: "Edited",
  delete: "Deleted",
  restore: "Restored",
};

type Status = { tone: "ok" | "error" | "info"; text: string; details?: string[] };

/**
 * A figure's revisions, newest first, each with who, when and what changed, and a way back to any earlier state.
 * A restore is itself a new revision, sent with the version this page knows; if someone changed the figure
 * meanwhile the server refuses (409) and the page shows the history as it now is.
 */
export function FigureHistory({ figureId, currentVersion, deletedAt, initialRevisions, options }: Props) {
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(currentVersion);
  const [deleted, setDeleted] = useState(deletedAt !== null);
  const [status, setStatus] = useState<Status | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const history = useQuery({
    queryKey: adminKeys.history(figureId),
    queryFn: ({ signal }) => fetchFigureHistory(figureId, signal),
    initialData: initialRevisions,
    // Another editor may have changed the figure since the page was rendered: check again when shown.
    staleTime: 0,
  });
  const restore = useMutation({
    mutationFn: ({ revisionId, baseVersion }: { revisionId: number; baseVersion: number }) =>
      restoreFigure(figureId, revisionId, baseVersion),
  });

  function announce(next: Status) {
    setStatus(next);
    // The button pressed may vanish once the history reloads; the news is where focus should be.
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  function handleOutcome(outcome: WriteOutcome, revision: RevisionView) {
    switch (outcome.kind) {
      case "saved":
        setVersion(outcome.figure.version);
        setDeleted(false);
        void queryClient.invalidateQueries({ queryKey: adminKeys.all });
        announce({
          tone: "ok",
          text: `Restored version ${revision.version}. The figure is now at version ${outcome.figure.version}${deleted ? " and shown on public pages again" : ""}.`,
        });
        return;
      case "conflict":
        setVersion(outcome.current.version);
        setDeleted(outcome.current.deleted);
        void queryClient.invalidateQueries({ queryKey: adminKeys.history(figureId) });
        announce({
          tone: "error",
          text: "Someone changed this figure meanwhile, so nothing was restored. The history below is now up to date: check it and try again.",
        });
        return;
      case "invalid":
        announce({
          tone: "error",
          text: `Version ${revision.version} cannot be restored as it is: ${outcome.message}`,
          details: Object.values(outcome.fieldErrors).flatMap((messages) => messages ?? []),
        });
        return;
      case "not_found":
      case "signed_out":
        announce({ tone: "error", text: outcome.message });
        return;
    }
  }

  function restoreRevision(revision: RevisionView) {
    setStatus({ tone: "info", text: `Restoring version ${revision.version}…` });
    restore.mutate(
      { revisionId: revision.id, baseVersion: version },
      {
        onSuccess: (outcome) => handleOutcome(outcome, revision),
        onError: (error) => announce({ tone: "error", text: `Nothing was restored: ${error.message}.` }),
      },
    );
  }

  const revisions = history.data;

  return (
    <>
      {deleted ? (
        <div className={styles.deletedNotice} role="note">
          <p>
            <strong>This figure is deleted</strong>: it is not shown on public pages. Restore an earlier version below to bring it back.
          </p>
        </div>
      ) : (
        <p className={styles.historyIntro}>
          The figure is at version {version}. <Link href={`/admin/figures/${figureId}` as Route}>Edit it</Link>.
        </p>
      )}

      <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className={status ? styles[`status_${status.tone}`] : styles.statusEmpty}>
        {status ? (
          <>
            <p>
              {status.tone === "ok" ? <span aria-hidden="true">✓ </span> : null}
              {status.text}
            </p>
            {status.details && status.details.length > 0 ? (
              <ul>
                {status.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>

      {history.error ? (
        <p role="alert" className={styles.formError}>
          The history could not be reloaded: {history.error.message}. What is shown may be out of date.
        </p>
      ) : null}

      {revisions.length === 0 ? (
        <p>No change has been recorded for this figure: it is as it was first loaded.</p>
      ) : (
        <ol className={styles.revisions} aria-label="Revisions, newest first">
          {revisions.map((revision) => (
            <li key={revision.id}>
              <article aria-labelledby={`revision-${revision.id}`} className={styles.revision}>
                <h2 id={`revision-${revision.id}`}>
                  Version {revision.version}: {actionLabels[revision.action]}
                  {revision.version === version ? (
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
                  <p>Taken off the public pages; its values are kept.</p>
                ) : revision.changes.length === 0 ? (
                  <p className={styles.muted}>No field changed.</p>
                ) : (
                  <ChangesTable changes={revision.changes} created={revision.action === "create"} version={revision.version} options={options} />
                )}
                {revision.restorable ? (
                  <button
                    type="button"
                    className="secondary"
                    disabled={restore.isPending}
                    onClick={() => restoreRevision(revision)}
                    aria-describedby={`revision-${revision.id}`}
                  >
                    Restore this version
                  </button>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function ChangesTable({ changes, created, version, options }: { changes: FieldChange[]; created: boolean; version: number; options: FigureFormOptions }) {
  return (
    <div className={styles.scroll} role="region" aria-label={`Changes in version ${version}`} tabIndex={0}>
      <table className={styles.table}>
        <caption className="visually-hidden">{created ? "Values it was created with" : "Fields changed, before and after"}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {created ? null : <th scope="col">Before</th>}
            <th scope="col">{created ? "Value" : "After"}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{change.label}</th>
              {created ? null : (
                <td className={styles.conflictValue}>
                  <del>{describeFieldValue(change.field, change.before, options)}</del>
                </td>
              )}
              <td className={styles.conflictValue}>
                {created ? describeFieldValue(change.field, change.after, options) : <ins>{describeFieldValue(change.field, change.after, options)}</ins>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
