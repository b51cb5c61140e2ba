"use client";

import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import styles from "./admin.module.css";
import { ConflictView } from "./conflict-view";
import { FieldError, FieldHint } from "./field";
import { signInPath } from "./safe-next-path";
import { errorSummaryId, type EditorForm } from "./use-editor-form";

type Props<Values extends Record<string, string>> = {
  form: EditorForm<Values>;
  noun: string;
  labels: Record<string, string>;
  /** A value as a person reads it in the conflict view. */
  describe: (field: string, value: string) => string;
  /** What to say when another editor deleted the record meanwhile. */
  goneNote: ReactNode;
};

/**
 * What an admin form says above its fields: the status of the last action (polite live region), a way back after
 * the session ended, a deleted record, the summary of field errors with links to the fields, and a conflict.
 */
export function FormNotices<Values extends Record<string, string>>({ form, noun, labels, describe, goneNote }: Props<Values>) {
  const pathname = usePathname();
  const { status, errors, otherErrors, conflict } = form;
  const conflictHeadingRef = useRef<HTMLHeadingElement>(null);
  // A conflict is news the editor must read before anything else: focus its heading once it is drawn.
  useEffect(() => {
    if (conflict) conflictHeadingRef.current?.focus();
  }, [conflict]);
  const errorCount = Object.keys(errors).length + otherErrors.length;
  return (
    <>
      <p role="status" aria-live="polite" className={status ? styles[`status_${status.tone}`] : styles.statusEmpty}>
        {status ? (
          <>
            {status.tone === "ok" ? <span aria-hidden="true">✓ </span> : null}
            {status.text}
          </>
        ) : null}
      </p>

      {form.signedOut ? (
        <p className={styles.formError}>
          <Link href={signInPath(pathname) as Route}>Sign in again</Link> in this tab; your input stays here until you leave the page. (To
          keep it, copy it first or sign in from another tab, then save again.)
        </p>
      ) : null}

      {form.gone ? <p className={styles.formError}>{goneNote}</p> : null}

      {errorCount > 0 ? (
        <div id={errorSummaryId} tabIndex={-1} className={styles.errorSummary} aria-labelledby="error-summary-heading">
          <h2 id="error-summary-heading">{errorCount === 1 ? "One thing needs attention" : `${errorCount} things need attention`}</h2>
          <ul>
            {form.fieldOrder
              .filter((name) => errors[name])
              .map((name) => (
                <li key={name}>
                  <a href={`#${form.fieldId(name)}`}>
                    {labels[name]}: {errors[name]?.[0]}
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
          noun={noun}
          labels={labels}
          current={conflict}
          mine={form.values}
          describe={describe}
          pending={form.pending}
          deleting={form.conflictAction === "delete"}
          onApplyMine={form.applyMine}
          onDiscardMine={form.discardMine}
          headingRef={conflictHeadingRef}
        />
      ) : null}
    </>
  );
}

/** One field: its label, hint, control and error, wired together with ids. */
export function FormField<Values extends Record<string, string>>({
  form,
  name,
  label,
  hint,
  children,
}: {
  form: EditorForm<Values>;
  name: keyof Values & string;
  label: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const id = form.fieldId(name);
  return (
    <div className={`${styles.field} ${form.errors[name] ? styles.invalid : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? <FieldHint id={`${id}-hint`}>{hint}</FieldHint> : null}
      {children}
      <FieldError id={`${id}-error`} messages={form.errors[name]} />
    </div>
  );
}
