"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useRef, useState } from "react";
import type { RevisionView } from "@/lib/admin/figures/get-figure-history";
import { adminKeys, fetchFigureHistory, restoreFigure, type WriteOutcome } from "./admin-api";
import { HistoryStatus, restoreNews, RevisionList, type HistoryNews } from "./revision-list";
import styles from "./admin.module.css";
import { describeFieldValue, type FigureFormOptions } from "./figure-form-options";

type Props = {
  figureId: number;
  currentVersion: number;
  deletedAt: string | null;
  initialRevisions: RevisionView[];
  options: FigureFormOptions;
};

/**
 * A figure's revisions, newest first, each with who, when and what changed, and a way back to any earlier state.
 * A restore is itself a new revision, sent with the version this page knows; if someone changed the figure
 * meanwhile the server refuses (409) and the page shows the history as it now is.
 */
export function FigureHistory({ figureId, currentVersion, deletedAt, initialRevisions, options }: Props) {
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(currentVersion);
  const [deleted, setDeleted] = useState(deletedAt !== null);
  const [status, setStatus] = useState<HistoryNews | null>(null);
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

  function announce(next: HistoryNews) {
    setStatus(next);
    // The button pressed may vanish once the history reloads; the news is where focus should be.
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  function handleOutcome(outcome: WriteOutcome, revision: RevisionView) {
    if (outcome.kind === "saved") {
      setVersion(outcome.figure.version);
      setDeleted(false);
      void queryClient.invalidateQueries({ queryKey: adminKeys.all });
    } else if (outcome.kind === "conflict") {
      setVersion(outcome.current.version);
      setDeleted(outcome.current.deleted);
      void queryClient.invalidateQueries({ queryKey: adminKeys.history(figureId) });
    }
    announce(restoreNews(outcome.kind === "saved" ? { kind: "saved", version: outcome.figure.version } : outcome, revision, "figure", deleted));
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

      <HistoryStatus news={status} ref={statusRef} />

      {history.error ? (
        <p role="alert" className={styles.formError}>
          The history could not be reloaded: {history.error.message}. What is shown may be out of date.
        </p>
      ) : null}

      <RevisionList
        noun="figure"
        revisions={revisions}
        currentVersion={version}
        deleted={deleted}
        describe={(field, value) => describeFieldValue(field, value, options)}
        pending={restore.isPending}
        onRestore={restoreRevision}
      />
    </>
  );
}
