import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponseObject } from "zod-openapi";
import type { TableSchema } from "../csv/csv-table-schemas";
import { datasetTables, type DatasetTableName } from "../data-package/dataset-tables";
import { ChangeFeedQuerySchema } from "../filters/change-filter";
import { ComparisonMeasureParams } from "../filters/comparison-measure";
import { TrendViewSchema } from "../filters/trend-view";
import { EventFilterSchema } from "../filters/event-filter";
import { FigureFilterSchema } from "../filters/figure-filter";
import { FigurePageSchema, FigureSortSchema } from "../filters/figure-list-query";
import { dataLicence } from "../licence/licence";
import { ApiErrorSchema } from "../http/api-error-schema";
import { FiguresCsvMetadataSchema, FiguresPageSchema, HealthSchema } from "./response-schemas";

// The public API's OpenAPI 3.1 document, built from the zod schemas the handlers parse their input with
// (lib/filters) and the schemas of what they answer (response-schemas.ts). Served at /api/openapi.json and read by
// the /api/docs page. tests/unit/openapi-document.test.ts fails when a public route handler on disk is missing here.

const validatorHeaders = {
  ETag: {
    description:
      "Changes whenever an editor's write (or any change to the data), the day or the release changes what this answer holds. Send it back in If-None-Match.",
    schema: { type: "string" as const },
  },
  "Last-Modified": {
    description: "When the data last changed (or the day began, or the release was built). Send it back in If-Modified-Since.",
    schema: { type: "string" as const },
  },
  "Cache-Control": {
    description: "no-cache: keep a copy, but ask again each time (a 304 costs no body).",
    schema: { type: "string" as const },
  },
};

const notModified: ZodOpenApiResponseObject = {
  id: "NotModified",
  description: "Not modified: the copy named by If-None-Match (or dated by If-Modified-Since) is current. No body.",
  headers: validatorHeaders,
};
const badRequest: ZodOpenApiResponseObject = {
  id: "BadRequest",
  description: "The query is refused: an unknown or repeated key, a bad value, an unknown route or metric. Nothing is guessed.",
  content: { "application/json": { schema: ApiErrorSchema } },
};
const unavailable: ZodOpenApiResponseObject = {
  id: "Unavailable",
  description: "The database cannot be reached at the moment. Retry after the seconds in Retry-After.",
  headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "string" } } },
  content: { "application/json": { schema: ApiErrorSchema } },
};

const tableOf = (name: DatasetTableName) => datasetTables.find((table) => table.name === name)!;

/**
 * A 200 CSV answer. Its columns (name, type, description, constraints) are the Frictionless Table Schema the data
 * package declares for the table, carried as the extension `x-table-schema`, since OpenAPI has no schema for CSV.
 */
function csv(description: string, columns: TableSchema): ZodOpenApiResponseObject {
  return {
    description: `${description} RFC 4180 CSV, UTF-8, CRLF line ends, one header row; an empty cell is unknown, never zero. Streamed.`,
    headers: validatorHeaders,
    content: { "text/csv": { schema: { type: "string" }, "x-table-schema": columns } },
  };
}

function operation(
  operationId: string,
  tag: string,
  summary: string,
  description: string,
  responses: ZodOpenApiOperationObject["responses"],
  extra: Partial<ZodOpenApiOperationObject> = {},
): ZodOpenApiOperationObject {
  return { operationId, tags: [tag], summary, description, ...extra, responses: { ...responses, "503": unavailable } };
}

/** A table of the dataset as CSV, whole: the data package's file of the same name. */
function wholeTable(name: DatasetTableName, operationId: string, description: string): ZodOpenApiOperationObject {
  const table = tableOf(name);
  return operation(
    operationId,
    "Tables",
    `${table.title} as CSV`,
    `${description} (the data package's ${table.path}).`,
    { "200": csv(`The ${name}.`, table.schema), "304": notModified, "400": badRequest },
    { requestParams: { query: asOfQuery } },
  );
}

/** Every answer from the data takes `asOf` (lib/filters/as-of.ts), read before the address's own keys. */
const asOfShape = {
  asOf: z.string().optional().meta({
    description:
      "The data as it stood at a moment, rebuilt from the history of every change: a date (the end of that day, UTC), e.g. 2026-11-30, or a date and time, e.g. 2026-11-30T14:00Z or 2026-11-30T17:30+03:30. A moment still to come is refused with 400. Without it, now.",
    example: "2026-11-30T14:00Z",
  }),
};
const asOfQuery = z.object(asOfShape);

const figureListQuery = z.object({ ...FigureFilterSchema.shape, ...FigureSortSchema.shape, ...FigurePageSchema.shape, ...asOfShape });

export function openApiDocument({ origin }: { origin?: string } = {}) {
  const figures = tableOf("figures");
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Corridor Watch API",
      version: "1",
      description: `The figures, events and sources of the International North–South Transport Corridor and its alternatives. Read-only and public: no key, any origin (CORS \`Access-Control-Allow-Origin: *\`). Every answer from the data carries ETag and Last-Modified; send them back in If-None-Match or If-Modified-Since to get 304 with no body while nothing changed. Every figure names its source and date; an empty value is unknown, never zero. ${dataLicence.scope}`,
      license: { name: dataLicence.title, identifier: dataLicence.spdx },
    },
    ...(origin ? { servers: [{ url: origin }] } : {}),
    tags: [
      { name: "Figures", description: "The figures, as JSON pages or CSV" },
      { name: "Tables", description: "The other tables of the dataset, as CSV" },
      { name: "Charts", description: "Each chart as an image, in the state its page shows" },
      { name: "Changes", description: "What editors changed, and when" },
      { name: "Dataset", description: "Everything at once, and this description" },
      { name: "Service", description: "Whether the service works" },
    ],
    paths: {
      "/api/figures": {
        get: operation(
          "listFigures",
          "Figures",
          "A page of figures",
          "The figures of a selection, 100 a page, in the order asked for: the rows /figures shows for the same query string. The CSV of the whole selection is /api/csv/figures with the same filters.",
          {
            "200": {
              description: "One page of the selection, and its total",
              headers: validatorHeaders,
              content: { "application/json": { schema: FiguresPageSchema } },
            },
            "304": notModified,
            "400": badRequest,
          },
          { requestParams: { query: figureListQuery } },
        ),
      },
      "/api/csv/figures": {
        get: operation(
          "downloadFiguresCsv",
          "Figures",
          "Figures as CSV",
          "Every figure of a selection, in id order; without filters, the whole dataset (the data package's figures.csv).",
          { "200": csv("The figures.", figures.schema), "304": notModified, "400": badRequest },
          { requestParams: { query: FigureFilterSchema.extend(asOfShape) } },
        ),
      },
      "/api/csv/figures/metadata": {
        get: operation(
          "describeFiguresCsv",
          "Figures",
          "What a figures CSV holds",
          "The title, filters, row count, generation time, columns, licence and source note of /api/csv/figures with the same filters.",
          {
            "200": {
              description: "The description",
              headers: validatorHeaders,
              content: { "application/json": { schema: FiguresCsvMetadataSchema } },
            },
            "304": notModified,
            "400": badRequest,
          },
          { requestParams: { query: FigureFilterSchema.extend(asOfShape) } },
        ),
      },
      "/api/csv/figures/template": {
        get: operation(
          "figuresImportTemplate",
          "Figures",
          "The import format's header row",
          "The columns an editor's import reads (the same as the export's); leave id and version empty for new figures.",
          {
            "200": { description: "One header row", headers: validatorHeaders, content: { "text/csv": { schema: { type: "string" } } } },
            "304": notModified,
          },
        ),
      },
      "/api/csv/comparison/{measure}": {
        get: operation(
          "downloadComparisonCsv",
          "Figures",
          "The figures one route comparison draws",
          "The figures behind one of the overview's route-comparison charts, and no others, in the figures CSV's columns.",
          { "200": csv("The chart's figures.", figures.schema), "304": notModified, "400": badRequest },
          { requestParams: { path: ComparisonMeasureParams, query: asOfQuery } },
        ),
      },
      "/api/csv/trend/{metric}": {
        get: operation(
          "downloadTrendCsv",
          "Figures",
          "The points one trend chart draws, in a reader's view",
          "The points of a metric's trend as the chart draws them in a view (years shown, absolute or indexed to 100 at each series' first period, linear or log scale, sources hidden): the chart's unit, the printed value and unit, the index in an indexed view, and each point's source and date. The plain view's figures are /api/csv/figures?metric=….",
          {
            "200": {
              description: "One row a point drawn",
              headers: validatorHeaders,
              content: { "text/csv": { schema: { type: "string" } } },
            },
            "304": notModified,
            "400": badRequest,
          },
          {
            requestParams: {
              path: z.object({ metric: z.string().meta({ description: "The metric's slug, e.g. russia_iran_trade_turnover" }) }),
              query: z.object({ route: FigureFilterSchema.shape.route, ...asOfShape }).extend(TrendViewSchema.shape),
            },
          },
        ),
      },
      "/api/images/{file}": {
        get: operation(
          "downloadChartImage",
          "Charts",
          "A chart as an image",
          "One chart (`comparison`, `trend` or `map`) as SVG or PNG (2× 1200 CSS pixels), with its title, legend, dated sources, notes, licence and page address; `<chart>.card.png` is the same chart as a 1200 × 630 social card (og:image). The query is the chart's state, as its CSV takes it: a trend's `metric`, figure filter and view (`since`, `until`, `mode`, `scale`, `hide`, as /api/csv/trend/{metric} takes them), a comparison's `measure`, the map's highlighted `route`.",
          {
            "200": {
              description: "The image.",
              headers: validatorHeaders,
              content: {
                "image/svg+xml": { schema: { type: "string" } },
                "image/png": { schema: { type: "string", contentMediaType: "image/png" } },
              },
            },
            "304": notModified,
            "400": badRequest,
          },
          {
            requestParams: {
              path: z.object({
                file: z.enum(
                  (["comparison", "trend", "map"] as const).flatMap((chart) => [`${chart}.svg`, `${chart}.png`, `${chart}.card.png`]),
                ),
              }),
              query: z.object({
                ...FigureFilterSchema.shape,
                ...TrendViewSchema.shape,
                measure: ComparisonMeasureParams.shape.measure.optional(),
                ...asOfShape,
              }),
            },
          },
        ),
      },
      "/api/map-outlines/{file}": {
        get: operation(
          "downloadMapOutlines",
          "Charts",
          "The route map's country outlines",
          "The country outlines (Natural Earth admin-0, via world-atlas) under the site's route map, as SVG, for a map `width` pixels wide whose frame is `height` tall (`<width>x<height>.svg`, as the page's map names it); the page's map draws them as an image. They depend on the sizes only.",
          {
            "200": {
              description: "The outlines.",
              headers: validatorHeaders,
              content: { "image/svg+xml": { schema: { type: "string" } } },
            },
            "304": notModified,
            "400": badRequest,
          },
          {
            requestParams: {
              path: z.object({
                file: z
                  .string()
                  .regex(/^\d{3,4}x\d{3,4}(\.\d)?\.svg$/)
                  .meta({ example: "1000x714.3.svg" }),
              }),
            },
          },
        ),
      },
      "/api/csv/events": {
        get: operation(
          "downloadEventsCsv",
          "Tables",
          "Events as CSV",
          "The events timeline; without a route, every event (the data package's events.csv).",
          { "200": csv("The events.", tableOf("events").schema), "304": notModified, "400": badRequest },
          { requestParams: { query: EventFilterSchema.extend(asOfShape) } },
        ),
      },
      "/api/csv/sources": {
        get: wholeTable("sources", "downloadSourcesCsv", "Every cited publication with the figures and events relying on it"),
      },
      "/api/csv/routes": { get: wholeTable("routes", "downloadRoutesCsv", "The routes the figures and events name by slug") },
      "/api/csv/metrics": { get: wholeTable("metrics", "downloadMetricsCsv", "What the figures measure, with units") },
      "/changes.atom": {
        get: operation(
          "changesFeed",
          "Changes",
          "What changed, as an Atom feed",
          "The 50 newest changes editors made to figures, routes, metrics and events (what, when, by whom, the fields changed), as an Atom 1.0 feed; filtered as /changes is. Older changes are on /changes's later pages.",
          {
            "200": {
              description: "The feed",
              headers: validatorHeaders,
              content: { "application/atom+xml": { schema: { type: "string" } } },
            },
            "304": notModified,
            "400": badRequest,
          },
          { requestParams: { query: ChangeFeedQuerySchema.extend(asOfShape) } },
        ),
      },
      "/api/data-package.zip": {
        get: operation(
          "downloadDataPackage",
          "Dataset",
          "The whole dataset as a data package",
          `A zip of ${datasetTables.map((table) => table.path).join(", ")} (each the same file as its CSV address), a datapackage.json following the Frictionless Data Package specification (each column's name, type and description, the licence, the sources), a README and the licence. Streamed.`,
          {
            "200": {
              description: "The zip",
              headers: validatorHeaders,
              content: { "application/zip": { schema: { type: "string", contentEncoding: "binary" } } },
            },
            "304": notModified,
            "400": badRequest,
          },
          { requestParams: { query: asOfQuery } },
        ),
      },
      "/api/openapi.json": {
        get: operation(
          "openApiDocument",
          "Dataset",
          "This description",
          "The OpenAPI 3.1 document of the public API; /api/docs shows it as a page.",
          {
            "200": {
              description: "The document",
              headers: validatorHeaders,
              content: { "application/json": { schema: { type: "object" } } },
            },
            "304": notModified,
          },
        ),
      },
      "/api/health": {
        get: {
          operationId: "health",
          tags: ["Service"],
          summary: "Whether the service works",
          description:
            "200 when the database answers and is fully migrated, 503 otherwise. Never cached (no validators): it says how things are now.",
          responses: {
            "200": { description: "Working", content: { "application/json": { schema: HealthSchema } } },
            "503": {
              description: "Not working: the database does not answer or has migrations pending",
              content: { "application/json": { schema: HealthSchema } },
            },
          },
        },
      },
    },
  });
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
