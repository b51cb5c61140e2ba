import { z } from "zod";
import type { FieldErrors } from "../../http/api-error";
import { positiveInt4, requiredStorableText, storableText } from "../../validation/storable";

// What routes, metrics and events have in common in the admin: each is edited as a form of text fields, carries
// a version for the optimistic lock, and keeps its history in record_revisions. These types are shared by the
// forms (client) and the writes (server).

export const recordTypes = ["figure", "route", "metric", "event", "ruling"] as const;
export type RecordType = (typeof recordTypes)[number];

/** A record's editable fields as the form holds them: every value a string, exactly as typed or stored. */
export type RecordValues = Record<string, string>;

/** A record as the admin pages and API show it. */
export type AdminRecord<Values extends RecordValues = RecordValues> = Values & { id: number; version: number; updatedAt: string };

/**
 * A record as a revision keeps it and a 409 reports it: its values and version, whether it is deleted, and the
 * seed row it came from, if any (so a restore keeps it and seeding never re-creates what an editor deleted).
 */
export type RecordSnapshot<Values extends RecordValues = RecordValues> = Values & { version: number; deleted: boolean; seedKey?: string };

/** Field errors by field name; "record" holds what concerns the whole record (it is in use, it was deleted…). */
export type RecordFieldErrors = FieldErrors;

export function recordFieldErrorsOf(error: z.ZodError): RecordFieldErrors {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path.at(-1) ?? "record");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export const RecordVersionSchema = z.object({ version: positiveInt4("version", "The form's version is missing; reload the page") });
export const RecordRestoreSchema = z.object({ revisionId: positiveInt4("revisionId"), version: positiveInt4("version") });

/** The values of a snapshot or record, without identity and version: what a form holds. */
export function valuesOf<Values extends RecordValues>(labels: Record<string, string>, record: Partial<Values>): Values {
  return Object.fromEntries(Object.keys(labels).map((field) => [field, record[field] ?? ""])) as Values;
}

export type RecordFieldChange = { field: string; label: string; before: string; after: string };

/** A state a revision keeps: its labelled fields are text; anything else in it (version, deleted) is not diffed. */
type State = Readonly<Record<string, unknown>> | null;

const textOf = (state: State, field: string) => {
  const value = state?.[field];
  return typeof value === "string" ? value : "";
};

/** The labelled fields that differ between two states (either may be absent: created, or deleted). */
export function diffRecordValues(labels: Record<string, string>, before: State, after: State): RecordFieldChange[] {
  return Object.entries(labels)
    .map(([field, label]) => ({ field, label, before: textOf(before, field), after: textOf(after, field) }))
    .filter((change) => change.before !== change.after);
}

/** Shared field rules, so every form words them the same way. */
export const requiredText = requiredStorableText;

export const optionalText = storableText;
