import { metricCategories } from "../admin/metrics/metric-input";
import { routeKinds } from "../admin/routes/route-input";
import { eventStatuses } from "../admin/events/event-input";
import { claimOutcomes } from "../claims/claim-outcome";
import { figureStatuses } from "../filters/figure-filter";
import { figureCsvColumns, type FigureCsvColumn } from "./figure-csv";
import { metricCsvColumns, routeCsvColumns } from "./routes-and-metrics-csv";
import { eventCsvColumns, sourceCsvColumns } from "./timeline-and-sources-csv";

// What each column of the public CSVs holds, as Frictionless Table Schema fields (name, type, description,
// constraints): the data package's datapackage.json declares them and the figures metadata describes its columns
// from them. Keyed by each writer's own column list, so a column added to a writer and not described here fails
// the type check.

export type TableField = {
  name: string;
  /** Frictionless field types the CSVs use. */
  type: "integer" | "number" | "string" | "date" | "datetime";
  description: string;
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
};

export type TableSchema = {
  fields: TableField[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  /** An empty cell is unknown, never zero. */
  missingValues: [""];
};

type Spec = Omit<TableField, "name">;

function schema<Column extends string>(
  columns: readonly Column[],
  specs: Record<Column, Spec>,
  keys: Omit<TableSchema, "fields" | "missingValues"> = {},
): TableSchema {
  return { fields: columns.map((name) => ({ name, ...specs[name] })), ...keys, missingValues: [""] };
}

/** A date as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
/** Slugs or ids separated by single spaces; blank for none. */
const spaceSeparated = (item: string) => `^(${item}( ${item})*)?$`;
const slug = "[a-z0-9_-]+";

export const figureFieldDescriptions: Record<FigureCsvColumn, string> = {
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
  last_edited_at:
    "When an editor last changed the figure in Corridor Watch (ISO 8601, UTC); empty if no editor has since it was loaded (seed data, an import by the system)",
  quoted_speaker: "The person the publisher quotes for the figure, when it quotes one",
  data_owner: "The agency whose data it is, or the publisher that first printed it, when the publisher relays it",
  outcome:
    "For a plan or forecast, what became of it on the day of the download (see /claims): pending, met, missed, overdue, unclear, withdrawn (an editor's ruling) or undated; empty for other figures",
};

const figureTypes: Record<FigureCsvColumn, Omit<Spec, "description">> = {
  id: { type: "integer", constraints: { required: true } },
  metric: { type: "string", constraints: { required: true, pattern: `^${slug}$` } },
  route: { type: "string", constraints: { pattern: `^${slug}$` } },
  subject: { type: "string", constraints: { required: true } },
  period_start: { type: "date" },
  period_end: { type: "date" },
  period_label: { type: "string" },
  value: { type: "number", constraints: { required: true } },
  unit: { type: "string", constraints: { required: true } },
  status: { type: "string", constraints: { required: true, enum: figureStatuses } },
  source_publisher: { type: "string", constraints: { required: true } },
  source_title: { type: "string", constraints: { required: true } },
  source_url: { type: "string" },
  source_date: { type: "string", constraints: { pattern: partialDate } },
  note: { type: "string" },
  version: { type: "integer", constraints: { required: true } },
  last_edited_at: { type: "datetime" },
  quoted_speaker: { type: "string" },
  data_owner: { type: "string" },
  outcome: { type: "string", constraints: { enum: claimOutcomes } },
};

export const figuresTableSchema = schema(
  figureCsvColumns,
  Object.fromEntries(
    figureCsvColumns.map((column) => [column, { ...figureTypes[column], description: figureFieldDescriptions[column] }]),
  ) as Record<FigureCsvColumn, Spec>,
  {
    primaryKey: ["id"],
    foreignKeys: [
      { fields: ["metric"], reference: { resource: "metrics", fields: ["slug"] } },
      { fields: ["route"], reference: { resource: "routes", fields: ["slug"] } },
    ],
  },
);

export const eventsTableSchema = schema(
  eventCsvColumns,
  {
    id: { type: "integer", description: "Corridor Watch's id of the event", constraints: { required: true } },
    date: {
      type: "string",
      description: "When it happened or is planned, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD",
      constraints: { required: true, pattern: partialDate },
    },
    date_precision: {
      type: "string",
      description: "How precise the date is",
      constraints: { required: true, enum: ["day", "month", "year"] },
    },
    title: { type: "string", description: "What happened, or is planned", constraints: { required: true } },
    route: {
      type: "string",
      description: "Route slug; empty when the event is not about one route",
      constraints: { pattern: `^${slug}$` },
    },
    status: { type: "string", description: "happened, or planned", constraints: { required: true, enum: eventStatuses } },
    source_publisher: { type: "string", description: "Who reported it", constraints: { required: true } },
    source_title: { type: "string", description: "Title or identifier of the publication", constraints: { required: true } },
    source_url: { type: "string", description: "Address of the publication, when known" },
    source_date: { type: "string", description: "Publication date, as precise as known", constraints: { pattern: partialDate } },
    metrics: {
      type: "string",
      description: "Slugs of the metrics whose charts mark the event, separated by spaces; empty for none",
      constraints: { pattern: spaceSeparated(slug) },
    },
  },
  { primaryKey: ["id"], foreignKeys: [{ fields: ["route"], reference: { resource: "routes", fields: ["slug"] } }] },
);

export const sourcesTableSchema = schema(sourceCsvColumns, {
  publisher: { type: "string", description: "Who published it, as cited", constraints: { required: true } },
  title: { type: "string", description: "Title or identifier of the publication", constraints: { required: true } },
  url: { type: "string", description: "Address of the publication, when known" },
  date: {
    type: "string",
    description: "Publication date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD",
    constraints: { pattern: partialDate },
  },
  figure_count: { type: "integer", description: "How many figures cite it", constraints: { required: true } },
  event_count: { type: "integer", description: "How many events cite it", constraints: { required: true } },
  figure_ids: {
    type: "string",
    description: "Ids of those figures (figures.csv), separated by spaces",
    constraints: { pattern: spaceSeparated("\\d+") },
  },
  event_ids: {
    type: "string",
    description: "Ids of those events (events.csv), separated by spaces",
    constraints: { pattern: spaceSeparated("\\d+") },
  },
});

export const routesTableSchema = schema(
  routeCsvColumns,
  {
    slug: {
      type: "string",
      description: "The route's name in URLs and in the other tables' route column",
      constraints: { required: true, pattern: `^${slug}$` },
    },
    name: { type: "string", description: "The route's name", constraints: { required: true } },
    kind: {
      type: "string",
      description: "instc (a branch of the International North–South Transport Corridor) or alternative",
      constraints: { required: true, enum: routeKinds },
    },
    modes: { type: "string", description: "How cargo travels it (rail, road, sea…), separated by spaces", constraints: { required: true } },
    via: { type: "string", description: "The countries or waters it passes", constraints: { required: true } },
    description: { type: "string", description: "What the route is", constraints: { required: true } },
    position: { type: "integer", description: "Order in which the dashboard lists routes of its kind", constraints: { required: true } },
  },
  { primaryKey: ["slug"] },
);

export const metricsTableSchema = schema(
  metricCsvColumns,
  {
    slug: {
      type: "string",
      description: "The metric's name in URLs and in the figures' metric column",
      constraints: { required: true, pattern: `^${slug}$` },
    },
    name: { type: "string", description: "What is measured", constraints: { required: true } },
    unit: { type: "string", description: "Unit of its figures' values", constraints: { required: true } },
    category: { type: "string", description: "Kind of measure", constraints: { required: true, enum: metricCategories } },
    description: { type: "string", description: "What the metric counts, and what it does not", constraints: { required: true } },
    figure_count: { type: "integer", description: "How many figures it has", constraints: { required: true } },
  },
  { primaryKey: ["slug"] },
);
