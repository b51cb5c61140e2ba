import type { FigureFilter } from "../filters/figure-filter";
import { figureCsvColumns } from "./figure-csv";
import { figureFieldDescriptions } from "./csv-table-schemas";
import { dataLicence } from "../licence/licence";
import { figuresCsvUrl } from "./csv-urls";

// What a figures CSV is, for people and programs, kept out of the CSV itself so the CSV stays a plain table.

export function describeFiguresCsv(filter: FigureFilter, rowCount: number, generatedAt: Date) {
  const selection = Object.entries(filter)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key} ${value}`);
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
    columns: figureCsvColumns.map((name) => ({ name, description: figureFieldDescriptions[name] })),
  };
}
