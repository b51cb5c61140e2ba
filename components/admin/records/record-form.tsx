"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { recordFieldErrorsOf, valuesOf, type RecordFieldErrors, type RecordSnapshot, type RecordType, type RecordValues } from "@/lib/admin/records/record-types";
import styles from "../admin.module.css";
import { ConfirmDeleteButton } from "../confirm-delete-button";
import { ConflictView } from "../conflict-view";
import { FieldError, FieldHint } from "../field";
import { formatTimestamp } from "../format-timestamp";
import { signInPath } from "../safe-next-path";
import { createRecord, deleteRecord, recordKeys, updateRecord, type RecordWriteOutcome } from "./record-api";
import { describeValue, type FieldSpec, type RecordOptions } from "./record-config";
import { recordConfigs } from "./record-configs";

type Props = {
  type: RecordType;
  /** Options loaded from the database for selects without fixed ones (an event's route). */
  options: RecordOptions;
  initialValues: RecordValues;
} & ({ mode: "create" } | { mode: "edit"; recordId: number; initialVersion: number; updatedAt: string; justCreated: boolean });

type Status = { tone: "ok" | "error" | "info"; text: string };

/**
 * Creates, corrects or deletes one route, metric or event. Input is validated with the same zod schema the server
 * uses, and the server's 422 field errors are shown the same way: beside each field, referenced by
 * aria-describedby, with the input left as typed. An edit carries the record's version; if another editor saved
 * first the server answers 409 and the form shows both versions side by side, to apply this editor's on top or
 * take theirs. Deleting asks first, and the history keeps what was deleted.
 */
export function RecordForm(props: Props) {
  const { type, options, mode } = props;
  const config = recordConfigs[type];
  const fieldOrder = Object.keys(config.labels);
  const fieldId = (field: string) => `${type}-${field}`;
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const recordId = mode === "edit" ? props.recordId : null;

  const [values, setValues] = useState<RecordValues>(props.initialValues);
  const [version, setVersion] = useState(mode === "edit" ? props.initialVersion : 0);
  const [savedAt, setSavedAt] = useState(mode === "edit" ? props.updatedAt : null);
  const [errors, setErrors] = useState<RecordFieldErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [validateLive, setValidateLive] = useState(false);
  const [conflict, setConflict] = useState<RecordSnapshot | null>(null);
  const [status, setStatus] = useState<Status | null>(
    mode === "edit" && props.justCreated ? { tone: "ok", text: `${capitalised(config.noun)} created. You can go on editing it here.` } : null,
  );
  const [signedOut, setSignedOut] = useState(false);
  const [gone, setGone] = useState(false);
  const conflictHeadingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const save = useMutation({
    mutationFn: ({ record, baseVersion }: { record: RecordValues; baseVersion: number }) =>
      recordId === null ? createRecord(type, record) : updateRecord(type, recordId, record, baseVersion),
  });
  const remove = useMutation({ mutationFn: ({ baseVersion }: { baseVersion: number }) => deleteRecord(type, recordId!, baseVersion) });
  const pending = save.isPending || remove.isPending;

  useEffect(() => {
    if (conflict) conflictHeadingRef.current?.focus();
  }, [conflict]);

  function change(field: string, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (validateLive) {
      const parsed = config.schema.safeParse(next);
      setErrors(parsed.success ? {} : recordFieldErrorsOf(parsed.error));
    }
  }

  function showFieldErrors(fieldErrors: RecordFieldErrors, message: string) {
    const known = Object.fromEntries(Object.entries(fieldErrors).filter(([key]) => key in config.labels));
    const other = Object.entries(fieldErrors)
      .filter(([key]) => !(key in config.labels))
      .flatMap(([, messages]) => messages ?? []);
    setErrors(known);
    setOtherErrors(other);
    setValidateLive(Object.keys(known).length > 0);
    setStatus({ tone: "error", text: message });
    const first = fieldOrder.find((field) => known[field]);
    // The summary may only appear with this render: focus it once it is there.
    requestAnimationFrame(() => (first ? document.getElementById(fieldId(first))?.focus() : summaryRef.current?.focus()));
  }

  function handleOutcome(outcome: RecordWriteOutcome, action: "save" | "delete") {
    switch (outcome.kind) {
      case "saved":
        void queryClient.invalidateQueries({ queryKey: recordKeys.all(type) });
        if (action === "delete") {
          setStatus({ tone: "ok", text: `${capitalised(config.noun)} deleted.` });
          router.push(`/admin/${config.plural}?deletedId=${outcome.record.id}` as Route);
          return;
        }
        if (recordId === null) {
          setStatus({ tone: "ok", text: "Saved." });
          router.push(`/admin/${config.plural}/${outcome.record.id}?created=1` as Route);
          return;
        }
        setValues(valuesOf(config.labels, outcome.record));
        setVersion(outcome.record.version);
        setSavedAt(outcome.record.updatedAt);
        setErrors({});
        setOtherErrors([]);
        setValidateLive(false);
        setConflict(null);
        setStatus({ tone: "ok", text: "Saved." });
        return;
      case "invalid":
        showFieldErrors(outcome.fieldErrors, outcome.message);
        return;
      case "conflict":
        setConflict(outcome.current);
        setStatus({
          tone: "error",
          text: action === "delete" ? `Another editor saved this ${config.noun} after you opened it. Nothing was deleted.` : outcome.message,
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

  function submit(record: RecordValues, baseVersion: number) {
    setStatus({ tone: "info", text: "Saving…" });
    save.mutate({ record, baseVersion }, { onSuccess: (outcome) => handleOutcome(outcome, "save"), onError: failed });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = config.schema.safeParse(values);
    if (!parsed.success) {
      showFieldErrors(recordFieldErrorsOf(parsed.error), "Check the highlighted fields; nothing was saved.");
      return;
    }
    setErrors({});
    setOtherErrors([]);
    submit(values, version);
  }

  function applyMine() {
    if (conflict) submit(values, conflict.version);
  }

  function discardMine() {
    if (!conflict) return;
    setValues(valuesOf(config.labels, conflict));
    setVersion(conflict.version);
    setSavedAt(null);
    setErrors({});
    setOtherErrors([]);
    setValidateLive(false);
    setConflict(null);
    setStatus({ tone: "info", text: `Your changes were discarded. The form shows the saved version ${conflict.version}.` });
    document.getElementById(fieldId(fieldOrder[0]!))?.focus();
  }

  function confirmDelete() {
    setStatus({ tone: "info", text: "Deleting…" });
    remove.mutate({ baseVersion: version }, { onSuccess: (outcome) => handleOutcome(outcome, "delete"), onError: failed });
  }

  function renderField(spec: FieldSpec) {
    const name = spec.name;
    const fixed = mode === "edit" && spec.fixedOnEdit;
    const hint = fixed ? spec.fixedOnEdit : spec.hint;
    const hintId = hint ? `${fieldId(name)}-hint` : null;
    const errorId = errors[name] ? `${fieldId(name)}-error` : null;
    const common = {
      id: fieldId(name),
      name,
      value: values[name] ?? "",
      "aria-invalid": errors[name] ? true : undefined,
      "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      onChange: (event: { target: { value: string } }) => change(name, event.target.value),
    };
    const choices = spec.options ?? options[name] ?? [];
    return (
      <div key={name} className={`${styles.field} ${errors[name] ? styles.invalid : ""}`}>
        <label htmlFor={fieldId(name)}>{config.labels[name]}</label>
        {hint && hintId ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
        {spec.control === "textarea" ? (
          <textarea rows={4} {...common} />
        ) : spec.control === "select" ? (
          <select {...common}>
            {spec.emptyOption ? <option value="">{spec.emptyOption}</option> : null}
            {choices.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            type="text"
            inputMode={spec.control === "number" ? "numeric" : undefined}
            readOnly={fixed ? true : undefined}
            autoComplete="off"
            spellCheck={spec.code ? false : undefined}
            className={spec.code ? styles.code : undefined}
            {...common}
          />
        )}
        <FieldError id={`${fieldId(name)}-error`} messages={errors[name]} />
      </div>
    );
  }

  const errorCount = Object.keys(errors).length + otherErrors.length;
  const publicPath = mode === "edit" && config.publicPath ? config.publicPath(props.initialValues) : null;

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

      {signedOut ? (
        <p className={styles.formError}>
          <Link href={signInPath(pathname) as Route}>Sign in again</Link> in this tab; your input stays here until you leave the
          page. (To keep it, copy it first or sign in from another tab, then save again.)
        </p>
      ) : null}

      {gone && recordId !== null ? (
        <p className={styles.formError}>
          Another editor deleted this {config.noun}. <Link href={`/admin/${config.plural}/${recordId}/history` as Route}>Its history</Link> can
          restore it.
        </p>
      ) : null}

      {errorCount > 0 ? (
        <div ref={summaryRef} tabIndex={-1} className={styles.errorSummary} aria-labelledby="error-summary-heading">
          <h2 id="error-summary-heading">{errorCount === 1 ? "One thing needs attention" : `${errorCount} things need attention`}</h2>
          <ul>
            {fieldOrder
              .filter((name) => errors[name])
              .map((name) => (
                <li key={name}>
                  <a href={`#${fieldId(name)}`}>
                    {config.labels[name]}: {errors[name]?.[0]}
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
          noun={config.noun}
          labels={config.labels}
          current={conflict}
          mine={values}
          describe={(name, value) => describeValue(config, options, name, value)}
          pending={pending}
          onApplyMine={applyMine}
          onDiscardMine={discardMine}
          headingRef={conflictHeadingRef}
        />
      ) : null}

      <form className={styles.figureForm} onSubmit={onSubmit} noValidate aria-label={mode === "create" ? `New ${config.noun}` : `Edit ${config.noun}`}>
        <input type="hidden" name="version" value={version} />
        <fieldset disabled={gone} className={styles.fieldsets}>
          {config.groups.map((group) => (
            <fieldset key={group.legend} className={styles.group}>
              <legend>{group.legend}</legend>
              {group.rows.map((row) =>
                row.length === 1 ? (
                  renderField(row[0]!)
                ) : (
                  <div key={row.map((spec) => spec.name).join()} className={styles.row}>
                    {row.map(renderField)}
                  </div>
                ),
              )}
            </fieldset>
          ))}
        </fieldset>

        {gone ? null : (
          <div className={styles.formActions}>
            <button type="submit" disabled={pending}>
              {save.isPending ? "Saving…" : mode === "create" ? `Create ${config.noun}` : "Save changes"}
            </button>
            {mode === "edit" ? (
              <ConfirmDeleteButton noun={config.noun} description={config.deleteWarning(values)} pending={pending} onConfirm={confirmDelete} />
            ) : null}
            {mode === "edit" ? (
              <p className={styles.versionLine}>
                <span>
                  Version {version}
                  {savedAt ? `, saved ${formatTimestamp(savedAt)}` : null}
                </span>
                {" · "}
                <Link href={`/admin/${config.plural}/${recordId}/history` as Route}>History</Link>
                {publicPath ? (
                  <>
                    {" · "}
                    <Link href={publicPath as Route}>Public page</Link>
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

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
