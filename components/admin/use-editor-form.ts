"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useHydrated } from "../use-browser-value";
import { useForm, useWatch, type DefaultValues, type FieldErrors as HookFormErrors, type Path, type PathValue } from "react-hook-form";
import type { z } from "zod";
import { valuesOf, type RecordFieldErrors } from "@/lib/admin/records/record-types";
import { capitalise } from "@/lib/format/capitalise";

// The state every admin form goes through, whatever the kind of record (record-form.tsx): typing (validated
// live once a submit has failed), saving with the version the form was loaded at, field errors from the browser or
// the server, a conflict with another editor's save (apply mine on top, or discard mine), deletion, a record that
// vanished, and a session that ended. Each form draws its own fields; FormNotices draws the rest.
//
// The fields' values and errors live in react-hook-form (the one form-state mechanism of the admin: the sign-in
// and import forms use it too), validated by the kind's zod schema through zodResolver, the schema the server
// parses the same text with. What a form library does not know (the version, a conflict, a deleted record, an
// ended session) is this hook's own state beside it.

export type FormNews = { tone: "ok" | "error" | "info"; text: string };

/** A saved record as the form needs it back. */
export type SavedState<Values> = { id: number; version: number; updatedAt: string; values: Values };

/** Every answer a write can have, as the form switches on it. */
export type EditorOutcome<Values> =
  | { kind: "saved"; saved: SavedState<Values>; /** Nothing changed: the server wrote no version. */ unchanged?: boolean | undefined }
  | { kind: "invalid"; message: string; fieldErrors: RecordFieldErrors }
  | { kind: "conflict"; message: string; current: Partial<Values> & { version: number } }
  | { kind: "not_found"; message: string }
  | { kind: "signed_out"; message: string };

type Options<Values extends Record<string, string>> = {
  noun: string;
  /** Field labels, in the order the form shows the fields. */
  labels: Record<keyof Values & string, string>;
  schema: z.ZodType<unknown, Values>;
  initialValues: Values;
  /** The saved state the form opens on; null for a new record. */
  initial: { version: number; updatedAt: string; justCreated: boolean } | null;
  save: (values: Values, baseVersion: number) => Promise<EditorOutcome<Values>>;
  remove: (baseVersion: number) => Promise<EditorOutcome<Values>>;
  /** After a create (the form usually navigates to the new record's page) and after a delete. */
  onCreated: (saved: SavedState<Values>) => void;
  onDeleted: (saved: SavedState<Values>) => void;
  /** After every successful write: refresh cached lists and histories. */
  onWritten: () => void;
};

function sameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.keys(a).every((key) => a[key] === b[key]) && Object.keys(b).every((key) => key in a);
}

/** react-hook-form's errors as messages by field (the resolver gives each field its first message). */
function messagesOf(errors: HookFormErrors): RecordFieldErrors {
  return Object.fromEntries(
    Object.entries(errors).flatMap(([field, error]) => (typeof error?.message === "string" ? [[field || "record", [error.message]]] : [])),
  );
}

/** The error summary's id: focused when a submit fails on no particular field. */
export const errorSummaryId = "error-summary";

export function useEditorForm<Values extends Record<string, string>>(options: Options<Values>) {
  const { noun, labels, schema, initial } = options;
  const fieldOrder = Object.keys(labels);
  const fieldId = (field: string) => `${noun}-${field}`;

  const hookForm = useForm<Values, unknown, Values>({
    defaultValues: options.initialValues as DefaultValues<Values>,
    // raw: the exact strings typed are what is sent; the server parses them with the same schema.
    resolver: zodResolver(schema, undefined, { raw: true }),
    // Validated on submit, then live while a submit's errors are shown (reset() after a save ends that).
    mode: "onSubmit",
    reValidateMode: "onChange",
    // Focus is this hook's: the first field in the form's order, or the error summary.
    shouldFocusError: false,
  });
  // Every value, live (useWatch rather than watch(), which the React Compiler cannot memoise around).
  const values: Values = { ...options.initialValues, ...useWatch({ control: hookForm.control }) };
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [savedAt, setSavedAt] = useState(initial?.updatedAt ?? null);
  // Messages for the whole record or for fields the form does not show (a server's "record", "version").
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<(Partial<Values> & { version: number }) | null>(null);
  // What the editor was doing when the conflict arose: "apply mine" then means save mine, or delete theirs.
  const [conflictAction, setConflictAction] = useState<"save" | "delete">("save");
  const [status, setStatus] = useState<FormNews | null>(
    initial?.justCreated ? { tone: "ok", text: `${capitalise(noun)} created. You can go on editing it here.` } : null,
  );
  const [signedOut, setSignedOut] = useState(false);
  const [gone, setGone] = useState(false);

  const saveMutation = useMutation({
    mutationFn: ({ next, baseVersion }: { next: Values; baseVersion: number }) => options.save(next, baseVersion),
  });
  const removeMutation = useMutation({ mutationFn: ({ baseVersion }: { baseVersion: number }) => options.remove(baseVersion) });

  const errors = Object.fromEntries(Object.entries(messagesOf(hookForm.formState.errors)).filter(([key]) => key in labels));

  /** The form's values become `next`, with no errors and no live validation (until the next failed submit). */
  function resetTo(next: Values) {
    hookForm.reset(next);
    setOtherErrors([]);
  }

  function clearErrors() {
    resetTo(hookForm.getValues());
  }

  /** For controls that are not a text box of their own (the checklist picker). */
  function change(field: keyof Values & string, value: string) {
    const name = field as Path<Values>;
    hookForm.setValue(name, value as PathValue<Values, Path<Values>>, {
      shouldDirty: true,
      shouldValidate: hookForm.formState.isSubmitted,
    });
  }

  function showFieldErrors(fieldErrors: RecordFieldErrors, message: string) {
    const known = Object.entries(fieldErrors).flatMap(([key, messages]) =>
      key in labels && messages?.[0] ? [[key, messages[0]] as const] : [],
    );
    const other = Object.entries(fieldErrors)
      .filter(([key]) => !(key in labels))
      .flatMap(([, messages]) => messages ?? []);
    hookForm.clearErrors();
    for (const [field, first] of known) hookForm.setError(field as Path<Values>, { type: "server", message: first });
    setOtherErrors(other);
    setStatus({ tone: "error", text: message });
    const first = fieldOrder.find((field) => known.some(([name]) => name === field));
    // The summary may only appear with this render: focus once it is drawn.
    requestAnimationFrame(() => document.getElementById(first ? fieldId(first) : errorSummaryId)?.focus());
  }

  /** `submitted` is what a save sent: typing that went on meanwhile is kept, not replaced by the saved values. */
  function handleOutcome(outcome: EditorOutcome<Values>, action: "save" | "delete", submitted?: Values) {
    switch (outcome.kind) {
      case "saved":
        if (outcome.unchanged) {
          clearErrors();
          setConflict(null);
          setStatus({
            tone: "info",
            text: `Nothing changed, so no new version was saved: the ${noun} is still at version ${outcome.saved.version}.`,
          });
          return;
        }
        options.onWritten();
        if (action === "delete") {
          setStatus({ tone: "ok", text: `${capitalise(noun)} deleted.` });
          options.onDeleted(outcome.saved);
          return;
        }
        if (!initial) {
          setStatus({ tone: "ok", text: "Saved." });
          options.onCreated(outcome.saved);
          return;
        }
        {
          const current = hookForm.getValues();
          resetTo(submitted && !sameValues(current, submitted) ? current : outcome.saved.values);
        }
        setVersion(outcome.saved.version);
        setSavedAt(outcome.saved.updatedAt);
        setConflict(null);
        setStatus({ tone: "ok", text: "Saved." });
        return;
      case "invalid":
        showFieldErrors(outcome.fieldErrors, outcome.message);
        return;
      case "conflict":
        setConflict(outcome.current);
        setConflictAction(action);
        setStatus({
          tone: "error",
          text: action === "delete" ? `Another editor saved this ${noun} after you opened it. Nothing was deleted.` : outcome.message,
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

  function submit(next: Values, baseVersion: number) {
    setStatus({ tone: "info", text: "Saving…" });
    saveMutation.mutate({ next, baseVersion }, { onSuccess: (outcome) => handleOutcome(outcome, "save", next), onError: failed });
  }

  const onSubmit = hookForm.handleSubmit(
    (valid) => {
      setOtherErrors([]);
      // The server validates the same text again; the exact strings are sent, not the parsed values.
      submit(valid, version);
    },
    (invalid) => showFieldErrors(messagesOf(invalid), "Check the highlighted fields; nothing was saved."),
  );

  /** After a conflict: save mine over their version, or, if I was deleting, delete their version. */
  function applyMine() {
    if (!conflict) return;
    if (conflictAction === "delete") remove(conflict.version);
    else submit(values, conflict.version);
  }

  function discardMine() {
    if (!conflict) return;
    resetTo(valuesOf(labels, conflict as Partial<Values>));
    setVersion(conflict.version);
    // The snapshot does not say when they saved; better no time than the wrong one.
    setSavedAt(null);
    setConflict(null);
    setStatus({ tone: "info", text: `Your changes were discarded. The form shows the saved version ${conflict.version}.` });
    document.getElementById(fieldId(fieldOrder[0]!))?.focus();
  }

  function remove(baseVersion: number) {
    setStatus({ tone: "info", text: "Deleting…" });
    removeMutation.mutate({ baseVersion }, { onSuccess: (outcome) => handleOutcome(outcome, "delete"), onError: failed });
  }

  function confirmDelete() {
    remove(version);
  }

  /** The props that tie a control to its label, hint and error. */
  function controlProps(name: keyof Values & string, hasHint: boolean) {
    const describedBy = [hasHint ? `${fieldId(name)}-hint` : null, errors[name] ? `${fieldId(name)}-error` : null]
      .filter(Boolean)
      .join(" ");
    return {
      ...hookForm.register(name as Path<Values>),
      id: fieldId(name),
      "aria-invalid": errors[name] ? true : undefined,
      "aria-describedby": describedBy || undefined,
    };
  }

  return {
    values,
    version,
    savedAt,
    errors,
    otherErrors,
    conflict,
    conflictAction,
    status,
    signedOut,
    gone,
    saving: saveMutation.isPending,
    // Until the page's script has taken the form over, typing would be reset by it and a submit would be the
    // browser's own (the values in the address): the fields stay disabled until then.
    ready: useHydrated(),
    pending: saveMutation.isPending || removeMutation.isPending,
    fieldId,
    fieldOrder,
    change,
    controlProps,
    onSubmit,
    applyMine,
    discardMine,
    confirmDelete,
  };
}

export type EditorForm<Values extends Record<string, string>> = ReturnType<typeof useEditorForm<Values>>;
