import type { FigureFilter } from "../filters/figure-filter";
import { figureCsvColumns, type FigureCsvColumn } from "./figure-csv";
import { dataLicence } from "../licence/licence";
import { figuresCsvUrl } from "./csv-urls";

// What a figures CSV is, for people and programs, kept out of the CSV itself so the CSV stays a plain table.

const columnDescriptions: Record<FigureCsvColumn, string> = {
  id: "Corridor Watch's id of the figure; keep it to update the figure by import",
  metric: "What is measured (slug; see /metrics)",
  route: "Route slug (see /routes); empty when the figure is not about one route",
  subject: "Who or what the figure is about, e.g. Russia–Iran",
  period_start: "First day of the period (ISO 8601); empty when the source gives no period",
  period_end: "Last day of the period (ISO 8601)",
  period_label: "The period as the source words it",
  value: "The value exactly as the source gave it: a plain decimal, no thousands separators, '.' as decimal point",
  unit: "Unit of the value (the metric's unit)",
  status: "reported (published statistic), claim (quoted by an official or company), forecast or plan",
  source_publisher: "Who published the figure",
  source_title: "Title or identifier of the publication",
  source_url: "Address of the publication, when known",
  source_date: "Publication date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD",
  note: "Notes on the figure",
  version: "Edit version; an import naming an older version is reported as a conflict",
  updated_at: "When the figure was last changed in Corridor Watch (ISO 8601, UTC)",
  quoted_speaker: "The person the publisher quotes for the figure, when it quotes one",
  data_owner: "The agency whose data it is, or the publisher that first printed it, when the publisher relays it",
  outcome:
    "For a plan or forecast, what became of it on the day of the download (see /claims): pending, met, missed, overdue, unclear, withdrawn (an editor's ruling) or undated; empty for other figures",
};

export function describeFiguresCsv(filter: FigureFilter, rowCount: number, generatedAt: Date) {
  const selection = Object.entries(filter).filter(([, value]) => value).map(([key, value]) => `${key} ${value}`);
  return {
    title: selection.length > 0 ? `Corridor Watch figures: ${selection.join(", ")}` : "Corridor Watch: all figures",
    csv: figuresCsvUrl(filter),
    filters: filter,
    generatedAt: generatedAt.toISOString(),
    rowCount,
    format: "RFC 4180 CSV, UTF-8 without BOM, CRLF line ends, one header row, one row per figure",
    sourceNote:
      "Every row names its own source (publisher, title, URL, date). Empty cells are unknown, never zero. Several rows may give different values for the same metric and period: the sources disagree, and all are kept.",
    spreadsheetSafety:
      "Text cells that would start with =, +, -, @, a tab or a carriage return are written with a leading apostrophe (') so spreadsheets do not run them as formulas; the import removes it. The value, id and version columns are never changed.",
    licence: { name: dataLicence.name, url: dataLicence.url, attribution: dataLicence.attribution, scope: dataLicence.scope },
    columns: figureCsvColumns.map((name) => ({ name, description: columnDescriptions[name] })),
  };
}
