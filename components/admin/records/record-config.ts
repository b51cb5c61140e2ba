import type { ReactNode } from "react";
import type { z } from "zod";
import type { RecordListRow } from "@/lib/admin/records/record-list-row";
import type { RecordType, RecordValues } from "@/lib/admin/records/record-types";
import { splitSlugList } from "@/lib/admin/records/slug-list";

// What the generic admin form, list and history need to know of one kind of record (figures, routes, metrics,
// events, rulings), on the client. Options that come from the database (the routes an event can belong to, the
// metrics a figure counts in) are passed in by the page as `options`.

/** `group` sorts a checklist's options under headings (a metric's category); `detail` is said beside the label (a metric's unit). */
export type Option = { value: string; label: string; group?: string; detail?: string };
/** Options loaded by the page, by field name (e.g. route → every route). */
export type RecordOptions = Record<string, readonly Option[]>;

export type FieldSpec = {
  name: string;
  /**
   * checklist: a text box of slugs (slug-list.ts) with the page's options to tick, grouped, in a <details>.
   * decimal: a number kept as typed. derived: read-only, shown from another field (`derive`), never sent.
   */
  control: "text" | "textarea" | "select" | "number" | "decimal" | "date" | "url" | "checklist" | "derived";
  /** The label, if not the field's label in history (“Note (optional)”). */
  label?: string;
  /** A derived field's text: the unit of the chosen metric. */
  derive?: (values: RecordValues, options: RecordOptions) => string;
  /** Fixed options of a select; a select without them takes the page's `options[name]`. */
  options?: readonly Option[];
  /** The option for an empty value ("No single route"). */
  emptyOption?: string;
  hint?: ReactNode;
  /** Why the field cannot change once created; it is then read-only when editing. */
  fixedOnEdit?: string;
  /** Monospace, no spell check: slugs, codes. */
  code?: boolean;
  /** A textarea's height in lines (4 unless given). */
  rows?: number;
};

export type FieldGroup = { legend: string; rows: FieldSpec[][] };

export type ListColumn = {
  label: string;
  /** The list's sort key for this column, if it sorts. */
  sort?: string;
  numeric?: boolean;
  /** Keep on one line (dates). */
  nowrap?: boolean;
  render: (row: RecordListRow, options: RecordOptions) => ReactNode;
};

/**
 * A list filter: a select of fixed options, of the page's `options[name]` (after any `leading` ones), or (text) a
 * box to type in.
 */
export type ListFilter = {
  name: string;
  label: string;
  all: string;
  options?: readonly Option[];
  leading?: readonly Option[];
  text?: boolean;
  hint?: string;
};

export type RecordConfig = {
  type: RecordType;
  noun: string;
  /** "routes": the admin path and API path segment. */
  plural: string;
  title: string;
  schema: z.ZodType<unknown, RecordValues>;
  labels: Record<string, string>;
  emptyValues: RecordValues;
  groups: FieldGroup[];
  /** The field that names a record in headings: name, or title. */
  titleField: string;
  /** The list's columns; the first is the record's main column and links to its edit page. */
  columns: ListColumn[];
  filters: ListFilter[];
  defaultSort: string;
  defaultDir: "asc" | "desc";
  /** The sort key of the "Updated" column, if the list sorts by it. */
  updatedSort?: string;
  /** Sort keys that start descending when first chosen (newest, largest first); others start ascending. */
  descendingFirst?: readonly string[];
  /** Soft-deleted records (figures) can be listed beside the live ones too. */
  listsDeletedBeside?: boolean;
  /** What deleting does, for the confirmation. */
  deleteWarning: (values: RecordValues) => string;
  /** Where the record appears publicly, if it has a page of its own. */
  publicPath?: (values: RecordValues) => string;
};

/** A field's value as a person reads it: an option's label rather than its value, "—" for nothing. */
export function describeValue(config: RecordConfig, options: RecordOptions, field: string, value: string): string {
  const spec = config.groups.flatMap((group) => group.rows.flat()).find((candidate) => candidate.name === field);
  if (value === "") return spec?.emptyOption ?? "—";
  const choices = spec?.options ?? options[field];
  const labelOf = (choice: string) => {
    const option = choices?.find((candidate) => candidate.value === choice);
    return option ? (option.detail ? `${option.label} (${option.detail})` : option.label) : choice;
  };
  // A checklist's text is a list of slugs: each named (a slug no longer offered, as it is).
  return spec?.control === "checklist" ? splitSlugList(value).map(labelOf).join("; ") : labelOf(value);
}

export const choicesOf = (values: readonly string[], labels?: Record<string, string>): Option[] =>
  values.map((value) => ({ value, label: labels?.[value] ?? value }));

/** A route's or metric's figures in a list: the live ones, and the deleted ones that still hold it (they can be restored). */
export function figureCount(row: RecordListRow): string {
  const live = row.extra.figures;
  if (live === undefined || live === null) return "—";
  const deleted = Number(row.extra.deletedFigures ?? 0);
  return deleted > 0 ? `${live} (+${deleted} deleted)` : String(live);
}
