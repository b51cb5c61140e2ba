import { parse } from "csv-parse/sync";
import { FigureInputSchema, type FigureFormValues, type FigureInput } from "../../admin/figure-input";
import { parseProvenance } from "../../sources/provenance";
import {
  figureCsvColumns,
  figureFieldColumns,
  optionalImportColumns,
  retiredImportColumns,
  textColumns,
  type FigureCsvColumn,
} from "../figure-csv";
import { unguardCell } from "../spreadsheet-safety";

// Reads an import file in the export format. File-level problems (not text, empty, wrong header, ragged rows,
// too large, a repeated id) give one clear message and nothing else; row-level problems are listed with line,
// column and message. Parsing is pure: what the rows mean for the database is decided by planImport.

export const importLimits = { maxBytes: 50 * 1024 * 1024, maxRows: 200_000 } as const;

export type RowError = { line: number; column: string; message: string };

export type ImportRow = {
  line: number;
  id: number | null;
  version: number | null;
  unit: string;
  input: FigureInput;
  /** The row as form values (blanks as ""), to compare with a stored figure's toFormValues. */
  values: FigureFormValues;
};

export type ParsedImport = { ok: true; rows: ImportRow[]; errors: RowError[] } | { ok: false; message: string };

function decodeUtf8(bytes: Uint8Array): string | { message: string } {
  if (bytes.includes(0))
    return { message: "This is not a CSV file: it contains binary data (NUL bytes). Export a CSV (UTF-8) and upload that." };
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { message: 'The file is not valid UTF-8 text. Save it as "CSV UTF-8" and upload it again.' };
  }
}

const positiveInt = /^[1-9]\d{0,9}$/;

export function parseFiguresCsv(bytes: Uint8Array): ParsedImport {
  if (bytes.byteLength === 0) return { ok: false, message: "The file is empty." };
  if (bytes.byteLength > importLimits.maxBytes) {
    return {
      ok: false,
      message: `The file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${importLimits.maxBytes / 1048576} MB.`,
    };
  }
  const text = decodeUtf8(bytes);
  if (typeof text !== "string") return { ok: false, ...text };
  if (text.trim() === "") return { ok: false, message: "The file is empty." };

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: false, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const { code, lines, message } = error as { code?: string; lines?: number; message: string };
    if (code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH") {
      return {
        ok: false,
        message: `Line ${lines}: ${/got (\d+)/.exec(message)?.[1] ?? "a different number of"} fields where the header has ${/expect(?:ed)? (\d+)/.exec(message)?.[1] ?? "another number"}; every row must have one cell per column.`,
      };
    }
    if (code === "CSV_QUOTE_NOT_CLOSED") return { ok: false, message: `A quoted cell opened before line ${lines} is never closed.` };
    return { ok: false, message: `The file is not valid CSV near line ${lines ?? "?"}: ${message.split("\n")[0]}` };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, message: "The file is empty." };
  const columns = header.record.map((cell) => cell.trim());
  const missing = figureCsvColumns.filter((column) => !columns.includes(column) && !optionalImportColumns.has(column));
  // A file from before the provenance columns: read them from source_publisher, as the seed does.
  const readsProvenance = !columns.includes("quoted_speaker") && !columns.includes("data_owner");
  const unknown = columns.filter(
    (column) => !(figureCsvColumns as readonly string[]).includes(column) && !retiredImportColumns.has(column),
  );
  const repeated = columns.filter((column, index) => columns.indexOf(column) !== index);
  if (missing.length > 0 || unknown.length > 0 || repeated.length > 0) {
    const problems = [
      missing.length > 0 ? `missing ${missing.join(", ")}` : "",
      unknown.length > 0 ? `unknown ${unknown.join(", ")}` : "",
      repeated.length > 0 ? `repeated ${repeated.join(", ")}` : "",
    ].filter(Boolean);
    return { ok: false, message: `The header row is not the export's (${problems.join("; ")}). Download the template to see the columns.` };
  }
  if (body.length === 0) return { ok: false, message: "The file has a header but no rows." };
  if (body.length > importLimits.maxRows) {
    return {
      ok: false,
      message: `The file has ${body.length.toLocaleString("en")} rows; the limit is ${importLimits.maxRows.toLocaleString("en")}.`,
    };
  }

  const index = Object.fromEntries(columns.map((column, position) => [column, position])) as Record<FigureCsvColumn, number>;
  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  const idLines = new Map<number, number>();
  for (let position = 0; position < body.length; position += 1) {
    const { record } = body[position]!;
    // csv-parse reports the line a record ends on; the header's end plus the records before gives where it starts.
    const line = position === 0 ? header.info.lines + 1 : body[position - 1]!.info.lines + 1;
    const cell = (column: FigureCsvColumn) => {
      const raw = record[index[column]] ?? "";
      return textColumns.has(column) ? unguardCell(raw) : raw;
    };
    const idText = cell("id").trim();
    const versionText = cell("version").trim();
    const rowErrors: RowError[] = [];
    if (idText !== "" && !positiveInt.test(idText))
      rowErrors.push({ line, column: "id", message: "must be empty (a new figure) or a figure's id" });
    if (idText !== "" && !positiveInt.test(versionText))
      rowErrors.push({ line, column: "version", message: "must be the version the figure had when exported" });
    const id = positiveInt.test(idText) ? Number(idText) : null;
    if (id !== null) {
      const earlier = idLines.get(id);
      if (earlier !== undefined)
        return { ok: false, message: `The id ${id} appears on line ${earlier} and on line ${line}; each figure may appear once.` };
      idLines.set(id, line);
    }
    const values = Object.fromEntries(
      (Object.keys(figureFieldColumns) as (keyof FigureFormValues)[]).map((field) => [
        field,
        index[figureFieldColumns[field]] === undefined ? "" : cell(figureFieldColumns[field]),
      ]),
    ) as FigureFormValues;
    if (readsProvenance) {
      const provenance = parseProvenance(values.sourcePublisher);
      values.quotedSpeaker = provenance.quotedSpeaker ?? "";
      values.dataOwner = provenance.dataOwner ?? "";
    }
    const parsed = FigureInputSchema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.at(-1) as keyof FigureFormValues | undefined;
        rowErrors.push({ line, column: field ? figureFieldColumns[field] : "row", message: issue.message });
      }
    }
    if (rowErrors.length > 0 || !parsed.success) {
      errors.push(...rowErrors);
      continue;
    }
    const normalised = Object.fromEntries(Object.entries(parsed.data).map(([key, value]) => [key, value ?? ""])) as FigureFormValues;
    rows.push({
      line,
      id,
      version: id === null ? null : Number(versionText),
      unit: cell("unit").trim(),
      input: parsed.data,
      values: normalised,
    });
  }
  return { ok: true, rows, errors };
}
