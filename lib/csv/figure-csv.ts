import { stringify } from "csv-stringify/sync";
import type { ClaimOutcome } from "../claims/claim-outcome";
import type { FigureView } from "../data/types";
import type { FigureFormValues } from "../admin/figure-input";
import { toFormValues } from "../admin/figure-snapshot";
import { guardCell } from "./spreadsheet-safety";

// The figures CSV: one row per figure, RFC 4180 (quoted where needed, CRLF line ends), UTF-8, a header row.
// Values are written exactly as stored; dates are ISO 8601 (a source date of known month only is "2024-03");
// an empty cell is unknown, never zero. The same columns are what the import reads.

export const figureCsvColumns = [
  "id",
  "metric",
  "route",
  "subject",
  "period_start",
  "period_end",
  "period_label",
  "value",
  "unit",
  "status",
  "source_publisher",
  "source_title",
  "source_url",
  "source_date",
  "note",
  "version",
  // When an editor last changed the figure; empty if none has since it was loaded. It took the place of
  // updated_at, which every seeded row had set to the moment the database was first filled.
  "last_edited_at",
  // Appended after the first seventeen, so consumers that read columns by position keep working.
  "quoted_speaker",
  "data_owner",
  // A plan's or forecast's outcome on the day of the export (lib/claims): pending, met, missed, overdue, unclear,
  // withdrawn or undated; empty for reported figures and claims. Computed, so an import never reads it.
  "outcome",
] as const;

/**
 * Columns an import file may leave out (files exported before they existed): the provenance columns are read from
 * source_publisher instead; the outcome and last_edited_at are computed (the history says who changed what), never
 * imported.
 */
export const optionalImportColumns = new Set<FigureCsvColumn>(["quoted_speaker", "data_owner", "last_edited_at", "outcome"]);

/** Columns of earlier exports, accepted in an import file and not read: updated_at gave way to last_edited_at. */
export const retiredImportColumns: ReadonlySet<string> = new Set(["updated_at"]);

export type FigureCsvColumn = (typeof figureCsvColumns)[number];

/** Columns whose content is free text and so guarded against spreadsheet formulas. */
export const textColumns = new Set<FigureCsvColumn>([
  "subject",
  "period_label",
  "unit",
  "source_publisher",
  "source_title",
  "source_url",
  "note",
  "quoted_speaker",
  "data_owner",
]);

/** Which column holds each of a figure's form fields: the export writes them from, and the import reads them into, the form values. */
export const figureFieldColumns = {
  metric: "metric",
  route: "route",
  subject: "subject",
  periodStart: "period_start",
  periodEnd: "period_end",
  periodLabel: "period_label",
  value: "value",
  status: "status",
  sourcePublisher: "source_publisher",
  sourceTitle: "source_title",
  sourceUrl: "source_url",
  sourceDate: "source_date",
  note: "note",
  quotedSpeaker: "quoted_speaker",
  dataOwner: "data_owner",
} as const satisfies Record<keyof FigureFormValues, FigureCsvColumn>;

type FieldColumn = (typeof figureFieldColumns)[keyof FigureFormValues];

/** One figure's cells; `outcome` is its outcome if it is a plan or forecast (see figureOutcomes). */
export function figureToCsvRecord(figure: FigureView, outcome: ClaimOutcome | null = null): string[] {
  // The editable fields as the form and the revisions have them, so a row exported and imported again is unchanged.
  const values = toFormValues(figure);
  const fields = Object.fromEntries(
    (Object.keys(figureFieldColumns) as (keyof FigureFormValues)[]).map((field) => [figureFieldColumns[field], values[field]]),
  ) as Record<FieldColumn, string>;
  // Typed as every column, so a column added to the header without a cell fails the type check.
  const cells: Record<FigureCsvColumn, string> = {
    id: String(figure.id),
    unit: figure.metric.unit,
    version: String(figure.version),
    last_edited_at: figure.lastEditedAt ?? "",
    outcome: outcome ?? "",
    ...fields,
  };
  return figureCsvColumns.map((column) => (textColumns.has(column) ? guardCell(cells[column]) : cells[column]));
}

// Quote any cell with a line break of either kind: csv-stringify only quotes the record delimiter, CRLF, and
// consumers such as Python's csv module and Excel read a bare LF as a new row. This is also exactly when
// PostgreSQL's COPY quotes (with a comma or a quote), so the server-side export writes the same bytes.
const options = { record_delimiter: "\r\n", quoted_match: /[\r\n]/ };

/** A chunk of the CSV: the header (when asked) and one line per figure, with the plans' and forecasts' outcomes. */
export function figuresToCsv(
  figures: FigureView[],
  { header, outcomes = new Map() }: { header: boolean; outcomes?: ReadonlyMap<number, ClaimOutcome> },
): string {
  const rows = figures.map((figure) => figureToCsvRecord(figure, outcomes.get(figure.id) ?? null));
  return stringify(header ? [[...figureCsvColumns], ...rows] : rows, options);
}

/** Any table as CSV with the same conventions (events, sources); cells of `numericColumns` are never guarded. */
export function tableToCsv(columns: readonly string[], rows: string[][], numericColumns: readonly string[] = []): string {
  const numeric = columns.map((column) => numericColumns.includes(column));
  const guarded = rows.map((row) => row.map((cell, index) => (numeric[index] ? cell : guardCell(cell))));
  return stringify([[...columns], ...guarded], options);
}
