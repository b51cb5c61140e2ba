"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useRef, useState } from "react";
import type { RecordHistory as History, RecordRevisionView } from "@/lib/admin/records/record-history-view";
import type { RecordType } from "@/lib/admin/records/record-types";
import { HistoryStatus, restoreNews, RevisionList, type HistoryNews } from "../revision-list";
import styles from "../admin.module.css";
import { fetchRecordHistory, recordKeys, restoreRecord, type RecordWriteOutcome } from "./record-api";
import { describeValue, type RecordOptions } from "./record-config";
import { recordConfigs } from "./record-configs";

type Props = { type: RecordType; recordId: number; initialHistory: History; options: RecordOptions };

/**
 * A route's, metric's or event's revisions, newest first: who, when and what changed, and a way back to any
 * earlier state, including after a deletion. A restore is itself a new revision, sent with the version this page
 * knows; if someone changed the record meanwhile the server refuses (409) and the page shows the history anew.
 */
export function RecordHistory({ type, recordId, initialHistory, options }: Props) {
  const config = recordConfigs[type];
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<HistoryNews | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const history = useQuery({
    queryKey: recordKeys.history(type, recordId),
    queryFn: ({ signal }) => fetchRecordHistory(type, recordId, signal),
    initialData: initialHistory,
    // Another editor may have changed the record since the page was rendered: check again when shown.
    staleTime: 0,
  });
  const restore = useMutation({
    mutationFn: ({ revisionId, baseVersion }: { revisionId: number; baseVersion: number }) =>
      restoreRecord(type, recordId, revisionId, baseVersion),
  });
  const { version, deleted, revisions } = history.data;

  function announce(next: HistoryNews) {
    setStatus(next);
    // The button pressed may vanish once the history reloads; the news is where focus should be.
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  function handleOutcome(outcome: RecordWriteOutcome, revision: RecordRevisionView) {
    void queryClient.invalidateQueries({ queryKey: recordKeys.all(type) });
    announce(
      restoreNews(outcome.kind === "saved" ? { kind: "saved", version: outcome.record.version } : outcome, revision, config.noun, deleted),
    );
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

      <HistoryStatus news={status} ref={statusRef} />

      {history.error ? (
        <p role="alert" className={styles.formError}>
          The history could not be reloaded: {history.error.message}. What is shown may be out of date.
        </p>
      ) : null}

      <RevisionList
        noun={config.noun}
        revisions={revisions}
        currentVersion={version}
        deleted={deleted}
        describe={(field, value) => describeValue(config, options, field, value)}
        pending={restore.isPending}
        onRestore={restoreRevision}
      />
    </>
  );
}
