import { dataLicence } from "../licence/licence";
import { datasetTables } from "./dataset-tables";

// datapackage.json for the whole dataset, following the Frictionless Data Package specification (tabular data
// package, v1, which v2 readers accept): each resource's path, CSV dialect and Table Schema (field names, types,
// descriptions, constraints, keys), the licence, and the sources. Pure: the handler supplies the site's address,
// the time and the publishers cited.

/** The CSVs' format (RFC 4180 with CRLF, UTF-8, a header row), as a Frictionless CSV dialect. */
export const csvDialect = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true } as const;

export const dataPackageFiles = { descriptor: "datapackage.json", readme: "README.md", licence: "DATA-LICENSE.md" } as const;

export function dataPackageDescriptor({
  origin,
  createdAt,
  publishers,
}: {
  origin: string;
  createdAt: Date;
  publishers: readonly string[];
}) {
  return {
    profile: "tabular-data-package",
    name: "corridor-watch",
    id: `${origin}/api/data-package.zip`,
    title: "Corridor Watch: the International North–South Transport Corridor and its alternatives, in sourced figures",
    description:
      "Figures, events, sources, routes and metrics of the INSTC (Russia–Azerbaijan or the Caspian–Iran–India) and the routes it is compared with, as Corridor Watch serves them. Every figure names its own source and date; an empty cell is unknown, never zero. Text cells that would start with =, +, -, @, a tab or a carriage return carry a leading apostrophe so spreadsheets do not run them as formulas.",
    homepage: origin,
    created: createdAt.toISOString(),
    keywords: ["INSTC", "North–South Transport Corridor", "trade corridors", "transport", "Russia", "Iran", "India", "Azerbaijan"],
    licenses: [{ name: dataLicence.spdx, path: dataLicence.url, title: dataLicence.title }],
    sources: [
      { title: "Corridor Watch", path: origin, description: dataLicence.scope },
      // Each figure's own source is in its row (and every publication in sources.csv); these are the publishers.
      ...publishers.map((publisher) => ({ title: publisher })),
    ],
    resources: datasetTables.map((table) => ({
      profile: "tabular-data-resource",
      name: table.name,
      path: table.path,
      title: table.title,
      description: `${table.description} The same file as ${origin}${table.url}.`,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: csvDialect,
      schema: table.schema,
    })),
  };
}

export type DataPackageDescriptor = ReturnType<typeof dataPackageDescriptor>;

/** The package's README: what is in it, how to read it, and the terms. */
export function dataPackageReadme({ origin, createdAt }: { origin: string; createdAt: Date }): string {
  const files = datasetTables.map((table) => `- \`${table.path}\`: ${table.description}`);
  return [
    "# Corridor Watch data package",
    "",
    `The whole Corridor Watch dataset as it stood at ${createdAt.toISOString()}, from ${origin}.`,
    "",
    "## Files",
    "",
    ...files,
    `- \`${dataPackageFiles.descriptor}\`: what each column holds (name, type, description, constraints), following the Frictionless Data Package specification; \`frictionless validate ${dataPackageFiles.descriptor}\` checks the files against it.`,
    `- \`${dataPackageFiles.licence}\`: the terms.`,
    "",
    "## Reading the files",
    "",
    "RFC 4180 CSV, UTF-8 without BOM, CRLF line ends, one header row. An empty cell is unknown, never zero. Values are written exactly as the source gave them (no thousands separators, a point for decimals); dates are ISO 8601, and a date known only to the month or year is written `2024-03` or `2024`. Several figures may give different values for the same metric and period: the sources disagree, and all are kept.",
    "",
    "Text cells that would start with `=`, `+`, `-`, `@`, a tab or a carriage return are written with a leading apostrophe (`'=…`) so spreadsheets show them as text; remove one apostrophe to get the text. The `value`, `id` and `version` columns are never changed.",
    "",
    "`figures.csv` names its metric and route by slug (`metrics.csv`, `routes.csv`); `sources.csv` lists the ids of the figures and events relying on each source.",
    "",
    "## Licence",
    "",
    `${dataLicence.scope} Attribute it as "${dataLicence.attribution}" (${dataLicence.url}), and cite the source named beside each figure as well.`,
    "",
  ].join("\n");
}
