"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { fieldErrorsOf, FigureInputSchema, type FieldErrors, type FigureFormValues } from "@/lib/admin/figure-input";
import { snapshotFieldLabels, toFormValues, type FigureSnapshot } from "@/lib/admin/figure-snapshot";
import { figureStatuses } from "@/lib/filters/figure-filter";
import { adminKeys, createFigure, deleteFigure, updateFigure, type WriteOutcome } from "./admin-api";
import styles from "./admin.module.css";
import { ConflictView } from "./conflict-view";
import { ConfirmDeleteButton } from "./confirm-delete-button";
import { FieldError, FieldHint } from "./field";
import { describeFieldValue, type FigureFormOptions } from "./figure-form-options";
import { formatTimestamp } from "./format-timestamp";
import { signInPath } from "./safe-next-path";

type Props = {
  options: FigureFormOptions;
  initialValues: FigureFormValues;
} & (
  | { mode: "create" }
  | { mode: "edit"; figureId: number; initialVersion: number; updatedAt: string; deletedAt: string | null; justCreated: boolean }
);

type Field = keyof FigureFormValues;
const fieldOrder = Object.keys(snapshotFieldLabels) as Field[];
const fieldId = (field: Field) => `figure-${field}`;

/** The form's fields of a saved snapshot (which also carries version and deleted). */
function formValuesOf(snapshot: FigureSnapshot): FigureFormValues {
  return Object.fromEntries(fieldOrder.map((field) => [field, snapshot[field] ?? ""])) as FigureFormValues;
}

type Status = { tone: "ok" | "error" | "info"; text: string };

/**
 * Creates or edits one figure. The editor's input is validated with the same zod schema the server uses, on submit
 * (and again on every change once a submit has failed), and the server's 422 field errors are shown the same way:
 * beside each field, referenced by aria-describedby, with the input left as typed. An edit carries the figure's
 * version; if another editor saved first the server answers 409 and the form shows both versions side by side.
 */
export function FigureForm(props: Props) {
  const { options, mode } = props;
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const figureId = mode === "edit" ? props.figureId : null;
  const deletedAt = mode === "edit" ? props.deletedAt : null;

  const [values, setValues] = useState<FigureFormValues>(props.initialValues);
  const [version, setVersion] = useState(mode === "edit" ? props.initialVersion : 0);
  const [savedAt, setSavedAt] = useState(mode === "edit" ? props.updatedAt : null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [validateLive, setValidateLive] = useState(false);
  const [conflict, setConflict] = useState<FigureSnapshot | null>(null);
  const [status, setStatus] = useState<Status | null>(
    mode === "edit" && props.justCreated ? { tone: "ok", text: "Figure created. You can go on editing it here." } : null,
  );
  const [signedOut, setSignedOut] = useState(false);
  const [gone, setGone] = useState(false);
  const conflictHeadingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const save = useMutation({
    mutationFn: ({ figure, baseVersion }: { figure: FigureFormValues; baseVersion: number }) =>
      figureId === null ? createFigure(figure) : updateFigure(figureId, figure, baseVersion),
  });
  const remove = useMutation({ mutationFn: ({ baseVersion }: { baseVersion: number }) => deleteFigure(figureId!, baseVersion) });
  const pending = save.isPending || remove.isPending;

  // A conflict is news the editor must read before anything else: focus its heading once it is drawn.
  useEffect(() => {
    if (conflict) conflictHeadingRef.current?.focus();
  }, [conflict]);

  const metric = options.metrics.find((candidate) => candidate.slug === values.metric);

  function change(field: Field, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (validateLive) {
      const parsed = FigureInputSchema.safeParse(next);
      setErrors(parsed.success ? {} : fieldErrorsOf(parsed.error));
    }
  }

  function showFieldErrors(fieldErrors: FieldErrors, message: string) {
    const known = Object.fromEntries(Object.entries(fieldErrors).filter(([key]) => key in snapshotFieldLabels)) as FieldErrors;
    const other = Object.entries(fieldErrors)
      .filter(([key]) => !(key in snapshotFieldLabels))
      .flatMap(([, messages]) => messages ?? []);
    setErrors(known);
    setOtherErrors(other);
    setValidateLive(true);
    setStatus({ tone: "error", text: message });
    const first = fieldOrder.find((field) => known[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
    else summaryRef.current?.focus();
  }

  function handleOutcome(outcome: WriteOutcome, action: "save" | "delete") {
    switch (outcome.kind) {
      case "saved": {
        void queryClient.invalidateQueries({ queryKey: adminKeys.all });
        if (action === "delete") {
          router.push("/admin/figures");
          return;
        }
        if (figureId === null) {
          setStatus({ tone: "ok", text: "Saved." });
          router.push(`/admin/figures/${outcome.figure.id}?created=1` as Route);
          return;
        }
        setValues(toFormValues(outcome.figure));
        setVersion(outcome.figure.version);
        setSavedAt(outcome.figure.updatedAt);
        setErrors({});
        setOtherErrors([]);
        setValidateLive(false);
        setConflict(null);
        setStatus({ tone: "ok", text: "Saved." });
        return;
      }
      case "invalid":
        showFieldErrors(outcome.fieldErrors, outcome.message);
        return;
      case "conflict":
        setConflict(outcome.current);
        setStatus({
          tone: "error",
          text: action === "delete" ? "Another editor saved this figure after you opened it. Nothing was deleted." : outcome.message,
        });
        return;
      case "not_found":
        setGone(true);
        setStatus({ tone: "error", text: outcome.message });
        return;
      case "signed_out":
        setSignedOut(true);
        setStatus({ tone: "error", text: outcome.message });
        return;
    }
  }

  function failed(error: Error) {
    setStatus({ tone: "error", text: `Nothing was saved: ${error.message}. Check the connection and try again.` });
  }

  function submit(figure: FigureFormValues, baseVersion: number) {
    setStatus({ tone: "info", text: "Saving…" });
    save.mutate({ figure, baseVersion }, { onSuccess: (outcome) => handleOutcome(outcome, "save"), onError: failed });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = FigureInputSchema.safeParse(values);
    if (!parsed.success) {
      showFieldErrors(fieldErrorsOf(parsed.error), "Check the highlighted fields; nothing was saved.");
      return;
    }
    setErrors({});
    setOtherErrors([]);
    // The server validates the same text again; the exact strings are sent, not the parsed values.
    submit(values, version);
  }

  function applyMine() {
    if (!conflict) return;
    submit(values, conflict.version);
  }

  function discardMine() {
    if (!conflict) return;
    setValues(formValuesOf(conflict));
    setVersion(conflict.version);
    // The snapshot does not say when they saved; better no time than the wrong one.
    setSavedAt(null);
    setErrors({});
    setOtherErrors([]);
    setValidateLive(false);
    setConflict(null);
    setStatus({ tone: "info", text: `Your changes were discarded. The form shows the saved version ${conflict.version}.` });
    document.getElementById(fieldId("metric"))?.focus();
  }

  function confirmDelete() {
    setStatus({ tone: "info", text: "Deleting…" });
    remove.mutate({ baseVersion: version }, { onSuccess: (outcome) => handleOutcome(outcome, "delete"), onError: failed });
  }

  /** Label, hint, control and error of one field, wired together with ids. */
  function field(name: Field, control: (describedBy: string | undefined) => ReactNode, hint?: ReactNode, label?: ReactNode) {
    const hintId = hint ? `${fieldId(name)}-hint` : null;
    const errorId = errors[name] ? `${fieldId(name)}-error` : null;
    const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
    return (
      <div className={`${styles.field} ${errors[name] ? styles.invalid : ""}`}>
        <label htmlFor={fieldId(name)}>{label ?? snapshotFieldLabels[name]}</label>
        {hint && hintId ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
        {control(describedBy)}
        <FieldError id={`${fieldId(name)}-error`} messages={errors[name]} />
      </div>
    );
  }

  const common = (name: Field, describedBy: string | undefined) => ({
    id: fieldId(name),
    name,
    value: values[name] ?? "",
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": describedBy,
  });

  const errorCount = Object.keys(errors).length + otherErrors.length;
  const readOnly = Boolean(deletedAt) || gone;
  const historyHref = figureId === null ? null : (`/admin/figures/${figureId}/history` as Route);

  return (
    <>
      {deletedAt && historyHref ? (
        <div className={styles.deletedNotice} role="note">
          <p>
            <strong>This figure is deleted</strong> (since {formatTimestamp(deletedAt)}): it is not shown on public pages and
            cannot be edited. Its values are kept; <Link href={historyHref}>restore a version from its history</Link> to bring it
            back.
          </p>
        </div>
      ) : null}

      <p role="status" aria-live="polite" className={status ? styles[`status_${status.tone}`] : styles.statusEmpty}>
        {status ? (
          <>
            {status.tone === "ok" ? <span aria-hidden="true">✓ </span> : null}
            {status.text}
          </>
        ) : null}
      </p>

      {signedOut ? (
        <p className={styles.formError}>
          <Link href={signInPath(pathname) as Route}>Sign in again</Link> in this tab; your input stays here until you leave the
          page. (To keep it, copy it first or sign in from another tab, then save again.)
        </p>
      ) : null}

      {gone && historyHref && !deletedAt ? (
        <p className={styles.formError}>
          Another editor deleted this figure. <Link href={historyHref}>Its history</Link> can restore it.
        </p>
      ) : null}

      {errorCount > 0 ? (
        <div ref={summaryRef} tabIndex={-1} className={styles.errorSummary} aria-labelledby="error-summary-heading">
          <h2 id="error-summary-heading">
            {errorCount === 1 ? "One thing needs attention" : `${errorCount} things need attention`}
          </h2>
          <ul>
            {fieldOrder
              .filter((name) => errors[name])
              .map((name) => (
                <li key={name}>
                  <a href={`#${fieldId(name)}`}>
                    {snapshotFieldLabels[name]}: {errors[name]?.[0]}
                  </a>
                </li>
              ))}
            {otherErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {conflict ? (
        <ConflictView
          noun="figure"
          labels={snapshotFieldLabels}
          current={conflict}
          mine={values}
          describe={(field, value) => describeFieldValue(field, value, options)}
          pending={pending}
          onApplyMine={applyMine}
          onDiscardMine={discardMine}
          headingRef={conflictHeadingRef}
        />
      ) : null}

      <form className={styles.figureForm} onSubmit={onSubmit} noValidate aria-label={mode === "create" ? "New figure" : "Edit figure"}>
        <input type="hidden" name="version" value={version} />
        <fieldset disabled={readOnly} className={styles.fieldsets}>
          <fieldset className={styles.group}>
            <legend>What is measured</legend>
            <div className={styles.row}>
              {field("metric", (describedBy) => (
                <select {...common("metric", describedBy)} onChange={(event) => change("metric", event.target.value)}>
                  <option value="">Choose a metric…</option>
                  {options.metrics.map((option) => (
                    <option key={option.slug} value={option.slug}>
                      {option.name}
                    </option>
                  ))}
                </select>
              ))}
              <div className={styles.field}>
                <label htmlFor="figure-unit">Unit</label>
                <FieldHint id="figure-unit-hint">unit from the metric</FieldHint>
                <input id="figure-unit" readOnly value={metric?.unit ?? "—"} aria-describedby="figure-unit-hint" className={styles.readOnly} />
              </div>
            </div>
            {field("route", (describedBy) => (
              <select {...common("route", describedBy)} onChange={(event) => change("route", event.target.value)}>
                <option value="">No single route</option>
                {options.routes.map((option) => (
                  <option key={option.slug} value={option.slug}>
                    {option.name}
                  </option>
                ))}
              </select>
            ))}
            {field(
              "subject",
              (describedBy) => <input type="text" {...common("subject", describedBy)} onChange={(event) => change("subject", event.target.value)} />,
              "What the figure is about, as a reader would say it: “Russia–Iran trade turnover”.",
            )}
          </fieldset>

          <fieldset className={styles.group}>
            <legend>Value and period</legend>
            <div className={styles.row}>
              {field(
                "value",
                (describedBy) => (
                  <input
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    spellCheck={false}
                    {...common("value", describedBy)}
                    onChange={(event) => change("value", event.target.value)}
                  />
                ),
                "Exactly as the source gives it: 4.03 or -50. A point for decimals, no thousands separators, no unit.",
              )}
              {field(
                "status",
                (describedBy) => (
                  <select {...common("status", describedBy)} onChange={(event) => change("status", event.target.value)}>
                    {figureStatuses.map((option) => (
                      <option key={option} value={option}>
                        {option}
                      </option>
                    ))}
                  </select>
                ),
                "reported: a published statistic; claim: someone's statement; forecast or plan: not yet happened.",
              )}
            </div>
            <div className={styles.row}>
              {field("periodStart", (describedBy) => (
                <input type="date" {...common("periodStart", describedBy)} onChange={(event) => change("periodStart", event.target.value)} />
              ))}
              {field("periodEnd", (describedBy) => (
                <input type="date" {...common("periodEnd", describedBy)} onChange={(event) => change("periodEnd", event.target.value)} />
              ))}
              {field(
                "periodLabel",
                (describedBy) => (
                  <input type="text" {...common("periodLabel", describedBy)} onChange={(event) => change("periodLabel", event.target.value)} />
                ),
                "As people say it: “Jan–Apr 2024”, “H1 2023”, “2024”.",
              )}
            </div>
          </fieldset>

          <fieldset className={styles.group}>
            <legend>Source</legend>
            <div className={styles.row}>
              {field("sourcePublisher", (describedBy) => (
                <input type="text" {...common("sourcePublisher", describedBy)} onChange={(event) => change("sourcePublisher", event.target.value)} />
              ))}
              {field(
                "sourceDate",
                (describedBy) => (
                  <input type="text" {...common("sourceDate", describedBy)} onChange={(event) => change("sourceDate", event.target.value)} />
                ),
                "YYYY, YYYY-MM or YYYY-MM-DD: only as exact as the source.",
              )}
            </div>
            {field("sourceTitle", (describedBy) => (
              <input type="text" {...common("sourceTitle", describedBy)} onChange={(event) => change("sourceTitle", event.target.value)} />
            ))}
            {field("sourceUrl", (describedBy) => (
              <input type="url" {...common("sourceUrl", describedBy)} onChange={(event) => change("sourceUrl", event.target.value)} />
            ))}
          </fieldset>

          <fieldset className={styles.group}>
            <legend>Note</legend>
            {field(
              "note",
              (describedBy) => <textarea rows={4} {...common("note", describedBy)} onChange={(event) => change("note", event.target.value)} />,
              "Shown beside the figure on public pages: what the reader must know to read it right.",
              "Note (optional)",
            )}
          </fieldset>
        </fieldset>

        {readOnly ? null : (
          <div className={styles.formActions}>
            <button type="submit" disabled={pending}>
              {save.isPending ? "Saving…" : mode === "create" ? "Create figure" : "Save changes"}
            </button>
            {mode === "edit" ? <ConfirmDeleteButton
                noun="figure"
                description={`“${values.subject}” will disappear from every public page and CSV. It is not erased: its history keeps every version, and it can be restored from there.`}
                pending={pending}
                onConfirm={confirmDelete}
              /> : null}
            {mode === "edit" ? (
              <p className={styles.versionLine}>
                Version {version}
                {savedAt ? `, saved ${formatTimestamp(savedAt)}` : null}
                {historyHref ? (
                  <>
                    {" · "}
                    <Link href={historyHref}>History</Link>
                  </>
                ) : null}
              </p>
            ) : null}
          </div>
        )}
      </form>
    </>
  );
}
