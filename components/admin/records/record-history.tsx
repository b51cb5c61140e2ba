"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useRef, useState } from "react";
import type { RecordHistory as History, RecordRevisionView } from "@/lib/admin/records/record-history-view";
import type { RecordFieldChange, RecordType } from "@/lib/admin/records/record-types";
import styles from "../admin.module.css";
import { formatTimestamp } from "../format-timestamp";
import { fetchRecordHistory, recordKeys, restoreRecord, type RecordWriteOutcome } from "./record-api";
import { describeValue, type RecordConfig, type RecordOptions } from "./record-config";
import { recordConfigs } from "./record-configs";

type Props = { type: RecordType; recordId: number; initialHistory: History; options: RecordOptions };

const actionLabels: Record<RecordRevisionView["action"], string> = {
  create: "Created",
  update: "Edited",
  delete: "Deleted",
  restore: "Restored",
};

type Status = { tone: "ok" | "error" | "info"; text: string; details?: string[] };

/**
 * A route's, metric's or event's revisions, newest first: who, when and what changed, and a way back to any
 * earlier state, including after a deletion. A restore is itself a new revision, sent with the version this page
 * knows; if someone changed the record meanwhile the server refuses (409) and the page shows the history anew.
 */
export function RecordHistory({ type, recordId, initialHistory, options }: Props) {
  const config = recordConfigs[type];
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const history = useQuery({
    queryKey: recordKeys.history(type, recordId),
    queryFn: ({ signal }) => fetchRecordHistory(type, recordId, signal),
    initialData: initialHistory,
    // Another editor may have changed the record since the page was rendered: check again when shown.
    staleTime: 0,
  });
  const restore = useMutation({
    mutationFn: ({ revisionId, baseVersion }: { revisionId: number; baseVersion: number }) => restoreRecord(type, recordId, revisionId, baseVersion),
  });
  const { version, deleted, revisions } = history.data;

  function announce(next: Status) {
    setStatus(next);
    // The button pressed may vanish once the history reloads; the news is where focus should be.
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  function handleOutcome(outcome: RecordWriteOutcome, revision: RecordRevisionView) {
    void queryClient.invalidateQueries({ queryKey: recordKeys.all(type) });
    switch (outcome.kind) {
      case "saved":
        announce({
          tone: "ok",
          text: `${revision.action === "delete" ? "Deletion undone" : `Restored version ${revision.version}`}. The ${config.noun} is now at version ${outcome.record.version}${deleted ? " and shown on public pages again" : ""}.`,
        });
        return;
      case "conflict":
        announce({
          tone: "error",
          text: `Someone changed this ${config.noun} meanwhile, so nothing was restored. The history below is now up to date: check it and try again.`,
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

  function restoreRevision(revision: RecordRevisionView) {
    setStatus({ tone: "info", text: `Restoring version ${revision.version}…` });
    restore.mutate(
      { revisionId: revision.id, baseVersion: version },
      {
        onSuccess: (outcome) => handleOutcome(outcome, revision),
        onError: (error) => announce({ tone: "error", text: `Nothing was restored: ${error.message}.` }),
      },
    );
  }

  return (
    <>
      {deleted ? (
        <div className={styles.deletedNotice} role="note">
          <p>
            <strong>This {config.noun} is deleted</strong>: it is not shown on public pages. Restore a version below to bring it back under
            its old number.
          </p>
        </div>
      ) : (
        <p className={styles.historyIntro}>
          The {config.noun} is at version {version}. <Link href={`/admin/${config.plural}/${recordId}` as Route}>Edit it</Link>.
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
        <p>No change has been recorded for this {config.noun}: it is as it was first loaded.</p>
      ) : (
        <ol className={styles.revisions} aria-label="Revisions, newest first">
          {revisions.map((revision) => (
            <li key={revision.id}>
              <article aria-labelledby={`revision-${revision.id}`} className={styles.revision}>
                <h2 id={`revision-${revision.id}`}>
                  Version {revision.version}: {actionLabels[revision.action]}
                  {revision.version === version && !deleted ? (
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
                  <ChangesTable config={config} options={options} changes={revision.changes} created={revision.action === "create"} version={revision.version} />
                )}
                {revision.restorable ? (
                  <button
                    type="button"
                    className="secondary"
                    disabled={restore.isPending}
                    onClick={() => restoreRevision(revision)}
                    aria-describedby={`revision-${revision.id}`}
                  >
                    {revision.action === "delete" ? "Undo this deletion" : "Restore this version"}
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

function ChangesTable({
  config,
  options,
  changes,
  created,
  version,
}: {
  config: RecordConfig;
  options: RecordOptions;
  changes: RecordFieldChange[];
  created: boolean;
  version: number;
}) {
  const describe = (change: RecordFieldChange, value: string) => describeValue(config, options, change.field, value);
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
                  <del>{describe(change, change.before)}</del>
                </td>
              )}
              <td className={styles.conflictValue}>{created ? describe(change, change.after) : <ins>{describe(change, change.after)}</ins>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
