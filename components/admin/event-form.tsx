"use client";

import { useMutation } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import {
  EventInputSchema,
  eventFieldErrorsOf,
  eventFieldLabels,
  eventStatuses,
  type EventFieldErrors,
  type EventFormValues,
  type EventSnapshot,
} from "@/lib/admin/events/event-input";
import styles from "./admin.module.css";
import { ConfirmDeleteButton } from "./confirm-delete-button";
import { ConflictView } from "./conflict-view";
import { createEvent, deleteEvent, updateEvent, type EventWriteOutcome } from "./event-api";
import { FieldError, FieldHint } from "./field";
import { formatTimestamp } from "./format-timestamp";
import { signInPath } from "./safe-next-path";

export type EventRouteOption = { slug: string; name: string };

type Props = {
  routes: readonly EventRouteOption[];
  initialValues: EventFormValues;
} & ({ mode: "create" } | { mode: "edit"; eventId: number; initialVersion: number; updatedAt: string; justCreated: boolean });

type Field = keyof EventFormValues;
const fieldOrder = Object.keys(eventFieldLabels) as Field[];
const fieldId = (field: Field) => `event-${field}`;

function formValuesOf(snapshot: EventSnapshot): EventFormValues {
  return Object.fromEntries(fieldOrder.map((field) => [field, snapshot[field] ?? ""])) as EventFormValues;
}

type Status = { tone: "ok" | "error" | "info"; text: string };

/**
 * Creates, corrects or deletes one event. Input is validated with the same zod schema the server uses, and the
 * server's 422 field errors are shown the same way: beside each field, referenced by aria-describedby, with the
 * input left as typed. An edit carries the event's version; if another editor saved first the server answers 409
 * and the form shows both versions side by side, to apply this editor's on top or take theirs.
 */
export function EventForm(props: Props) {
  const { routes, mode } = props;
  const router = useRouter();
  const pathname = usePathname();
  const eventId = mode === "edit" ? props.eventId : null;

  const [values, setValues] = useState<EventFormValues>(props.initialValues);
  const [version, setVersion] = useState(mode === "edit" ? props.initialVersion : 0);
  const [savedAt, setSavedAt] = useState(mode === "edit" ? props.updatedAt : null);
  const [errors, setErrors] = useState<EventFieldErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [validateLive, setValidateLive] = useState(false);
  const [conflict, setConflict] = useState<EventSnapshot | null>(null);
  const [status, setStatus] = useState<Status | null>(
    mode === "edit" && props.justCreated ? { tone: "ok", text: "Event created. You can go on editing it here." } : null,
  );
  const [signedOut, setSignedOut] = useState(false);
  const [gone, setGone] = useState(false);
  const conflictHeadingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const save = useMutation({
    mutationFn: ({ event, baseVersion }: { event: EventFormValues; baseVersion: number }) =>
      eventId === null ? createEvent(event) : updateEvent(eventId, event, baseVersion),
  });
  const remove = useMutation({ mutationFn: ({ baseVersion }: { baseVersion: number }) => deleteEvent(eventId!, baseVersion) });
  const pending = save.isPending || remove.isPending;

  useEffect(() => {
    if (conflict) conflictHeadingRef.current?.focus();
  }, [conflict]);

  function change(field: Field, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (validateLive) {
      const parsed = EventInputSchema.safeParse(next);
      setErrors(parsed.success ? {} : eventFieldErrorsOf(parsed.error));
    }
  }

  function showFieldErrors(fieldErrors: EventFieldErrors, message: string) {
    const known = Object.fromEntries(Object.entries(fieldErrors).filter(([key]) => key in eventFieldLabels)) as EventFieldErrors;
    const other = Object.entries(fieldErrors)
      .filter(([key]) => !(key in eventFieldLabels))
      .flatMap(([, messages]) => messages ?? []);
    setErrors(known);
    setOtherErrors(other);
    setValidateLive(true);
    setStatus({ tone: "error", text: message });
    const first = fieldOrder.find((field) => known[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
    else summaryRef.current?.focus();
  }

  function handleOutcome(outcome: EventWriteOutcome, action: "save" | "delete") {
    switch (outcome.kind) {
      case "saved":
        if (action === "delete") {
          setStatus({ tone: "ok", text: "Event deleted." });
          router.push("/admin/events?deleted=1" as Route);
          router.refresh();
          return;
        }
        if (eventId === null) {
          setStatus({ tone: "ok", text: "Saved." });
          router.push(`/admin/events/${outcome.event.id}?created=1` as Route);
          return;
        }
        setValues(formValuesOf(outcome.event));
        setVersion(outcome.event.version);
        setSavedAt(outcome.event.updatedAt);
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
          text: action === "delete" ? "Another editor saved this event after you opened it. Nothing was deleted." : outcome.message,
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

  function submit(event: EventFormValues, baseVersion: number) {
    setStatus({ tone: "info", text: "Saving…" });
    save.mutate({ event, baseVersion }, { onSuccess: (outcome) => handleOutcome(outcome, "save"), onError: failed });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = EventInputSchema.safeParse(values);
    if (!parsed.success) {
      showFieldErrors(eventFieldErrorsOf(parsed.error), "Check the highlighted fields; nothing was saved.");
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
    setValues(formValuesOf(conflict));
    setVersion(conflict.version);
    setSavedAt(null);
    setErrors({});
    setOtherErrors([]);
    setValidateLive(false);
    setConflict(null);
    setStatus({ tone: "info", text: `Your changes were discarded. The form shows the saved version ${conflict.version}.` });
    document.getElementById(fieldId("date"))?.focus();
  }

  function confirmDelete() {
    setStatus({ tone: "info", text: "Deleting…" });
    remove.mutate({ baseVersion: version }, { onSuccess: (outcome) => handleOutcome(outcome, "delete"), onError: failed });
  }

  function field(name: Field, control: (describedBy: string | undefined) => ReactNode, hint?: ReactNode) {
    const hintId = hint ? `${fieldId(name)}-hint` : null;
    const errorId = errors[name] ? `${fieldId(name)}-error` : null;
    const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
    return (
      <div className={`${styles.field} ${errors[name] ? styles.invalid : ""}`}>
        <label htmlFor={fieldId(name)}>{eventFieldLabels[name]}</label>
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
    onChange: (event: { target: { value: string } }) => change(name, event.target.value),
  });

  const errorCount = Object.keys(errors).length + otherErrors.length;
  const describeRoute = (slug: string) => (slug ? (routes.find((route) => route.slug === slug)?.name ?? slug) : "No single route");

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

      {gone ? (
        <p className={styles.formError}>
          Another editor deleted this event. <Link href="/admin/events/new">Create it again</Link> if it should stay.
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
                    {eventFieldLabels[name]}: {errors[name]?.[0]}
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
          noun="event"
          labels={eventFieldLabels}
          current={conflict}
          mine={values}
          describe={(name, value) => (name === "route" ? describeRoute(value) : value || "—")}
          pending={pending}
          onApplyMine={applyMine}
          onDiscardMine={discardMine}
          headingRef={conflictHeadingRef}
        />
      ) : null}

      <form className={styles.figureForm} onSubmit={onSubmit} noValidate aria-label={mode === "create" ? "New event" : "Edit event"}>
        <input type="hidden" name="version" value={version} />
        <fieldset disabled={gone} className={styles.fieldsets}>
          <fieldset className={styles.group}>
            <legend>What happened, or is planned</legend>
            {field(
              "title",
              (describedBy) => <input type="text" {...common("title", describedBy)} />,
              "As a reader would say it: “Rasht–Astara railway: construction starts”.",
            )}
            <div className={styles.row}>
              {field(
                "date",
                (describedBy) => <input type="text" inputMode="numeric" autoComplete="off" spellCheck={false} {...common("date", describedBy)} />,
                "YYYY, YYYY-MM or YYYY-MM-DD: only as exact as it is known.",
              )}
              {field(
                "status",
                (describedBy) => (
                  <select {...common("status", describedBy)}>
                    {eventStatuses.map((option) => (
                      <option key={option} value={option}>
                        {option}
                      </option>
                    ))}
                  </select>
                ),
                "happened: it took place; planned: announced for that date.",
              )}
            </div>
            {field("route", (describedBy) => (
              <select {...common("route", describedBy)}>
                <option value="">No single route</option>
                {routes.map((option) => (
                  <option key={option.slug} value={option.slug}>
                    {option.name}
                  </option>
                ))}
              </select>
            ))}
          </fieldset>

          <fieldset className={styles.group}>
            <legend>Source</legend>
            <div className={styles.row}>
              {field("sourcePublisher", (describedBy) => <input type="text" {...common("sourcePublisher", describedBy)} />)}
              {field(
                "sourceDate",
                (describedBy) => <input type="text" {...common("sourceDate", describedBy)} />,
                "YYYY, YYYY-MM or YYYY-MM-DD: only as exact as the source.",
              )}
            </div>
            {field("sourceTitle", (describedBy) => <input type="text" {...common("sourceTitle", describedBy)} />)}
            {field("sourceUrl", (describedBy) => <input type="url" {...common("sourceUrl", describedBy)} />)}
          </fieldset>
        </fieldset>

        {gone ? null : (
          <div className={styles.formActions}>
            <button type="submit" disabled={pending}>
              {save.isPending ? "Saving…" : mode === "create" ? "Create event" : "Save changes"}
            </button>
            {mode === "edit" ? <ConfirmDeleteButton
                noun="event"
                description={`“${values.title}” will disappear from every timeline. Events have no history: this cannot be undone, only entered again.`}
                pending={pending}
                onConfirm={confirmDelete}
              /> : null}
            {mode === "edit" ? (
              <p className={styles.versionLine}>
                Version {version}
                {savedAt ? `, saved ${formatTimestamp(savedAt)}` : null}
              </p>
            ) : null}
          </div>
        )}
      </form>
    </>
  );
}
