import { eventsCsvUrl, figuresCsvUrl, metricsCsvUrl, routesCsvUrl, sourcesCsvUrl } from "../csv/csv-urls";
import {
  eventsTableSchema,
  figuresTableSchema,
  metricsTableSchema,
  routesTableSchema,
  sourcesTableSchema,
  type TableSchema,
} from "../csv/csv-table-schemas";

// The tables of the whole dataset: what the data package holds, each the CSV the site serves at `url`.

export type DatasetTable = {
  name: "figures" | "events" | "sources" | "routes" | "metrics";
  path: string;
  url: string;
  title: string;
  description: string;
  schema: TableSchema;
};
export type DatasetTableName = DatasetTable["name"];

export const datasetTables: readonly DatasetTable[] = [
  {
    name: "figures",
    path: "figures.csv",
    url: figuresCsvUrl(),
    title: "Figures",
    description:
      "Every published figure, one a row, each with its own source (publisher, title, URL, date). Several rows may give different values for the same metric and period: the sources disagree, and all are kept.",
    schema: figuresTableSchema,
  },
  {
    name: "events",
    path: "events.csv",
    url: eventsCsvUrl(),
    title: "Events",
    description: "Openings, agreements, disruptions and plans on the routes, with their sources and the metrics whose charts mark them.",
    schema: eventsTableSchema,
  },
  {
    name: "sources",
    path: "sources.csv",
    url: sourcesCsvUrl(),
    title: "Sources",
    description: "Every publication a figure or an event cites, with the ids of the figures and events that rely on it.",
    schema: sourcesTableSchema,
  },
  {
    name: "routes",
    path: "routes.csv",
    url: routesCsvUrl(),
    title: "Routes",
    description:
      "The INSTC's branches and the alternatives they are compared with; the figures' and events' route column names them by slug.",
    schema: routesTableSchema,
  },
  {
    name: "metrics",
    path: "metrics.csv",
    url: metricsCsvUrl(),
    title: "Metrics",
    description: "What the figures measure, with their units; the figures' metric column names them by slug.",
    schema: metricsTableSchema,
  },
];
