import { describe, expect, it } from "vitest";
import { figuresToCsv } from "@/lib/csv/figure-csv";
import { metricsToCsv, routesToCsv } from "@/lib/csv/routes-and-metrics-csv";
import { eventsToCsv, sourcesToCsv } from "@/lib/csv/timeline-and-sources-csv";
import { dataPackageDescriptor } from "@/lib/data-package/data-package-descriptor";
import type { EventView, FigureView, MetricSummary, RouteSummary, SourceSummary } from "@/lib/data/types";
import { validateDescriptor, validateTables } from "../support/validate-data-package";

// The data package's descriptor is well formed, and what the CSV writers write fits the schemas it declares; the
// checker the integration test uses on the served package finds what is wrong when something is.

const descriptor = dataPackageDescriptor({
  origin: "https://corridor.example.org",
  createdAt: new Date("2026-12-02T10:00:00Z"),
  publishers: ["TASS", "Trend (ADY data)"],
});

const source = {
  publisher: "=Trend (ADY data)",
  title: 'Cargo, "quoted"\nsecond line',
  url: "https://example.org/a,b",
  date: "2024-03-01",
  datePrecision: "month" as const,
};
const route: RouteSummary = {
  slug: "instc-west",
  name: "INSTC western route",
  kind: "instc",
  modes: ["rail", "road"],
  via: "Russia–Azerbaijan–Iran",
  description: "-Overland branch",
  position: 1,
};
const metric: MetricSummary = {
  slug: "transit_time",
  name: "Transit time",
  unit: "days",
  category: "transit",
  description: "Door to door",
  figureCount: 2,
};
const figure: FigureView = {
  id: 7,
  metric,
  route,
  subject: "Russia–India",
  periodStart: "2024-01-01",
  periodEnd: "2024-12-31",
  periodLabel: "2024",
  value: "-45.50",
  status: "plan",
  source,
  note: "+48%",
  quotedSpeaker: null,
  dataOwner: "ADY",
  version: 3,
  updatedAt: "2026-12-01T09:30:00.123Z",
  lastEditedAt: null,
};
const undated: FigureView = {
  ...figure,
  id: 8,
  route: null,
  periodStart: null,
  periodEnd: null,
  periodLabel: null,
  status: "reported",
  source: { ...source, date: null, datePrecision: null },
};
const event: EventView = {
  id: 3,
  date: "2024-05-01",
  datePrecision: "month",
  title: "Rasht–Astara agreement",
  route,
  status: "happened",
  source,
  metrics: ["transit_time"],
};
const sourceSummary: SourceSummary = {
  ...source,
  figures: [{ id: 7, metric: "transit_time", metricName: "Transit time", periodLabel: "2024", value: "-45.50", unit: "days" }],
  events: [{ id: 3, title: "x", date: "2024-05-01", datePrecision: "month" }],
};

const files = {
  "figures.csv": figuresToCsv([figure, undated], { header: true, outcomes: new Map([[7, "pending"]]) }),
  "events.csv": eventsToCsv([event, { ...event, id: 4, route: null, metrics: [] }]),
  "sources.csv": sourcesToCsv([sourceSummary]),
  "routes.csv": routesToCsv([route]),
  "metrics.csv": metricsToCsv([metric]),
};

describe("the data package", () => {
  it("has datapackage.json's required fields: resources with names, paths and schemas, licences, sources", () => {
    expect(validateDescriptor(descriptor)).toEqual([]);
    expect(descriptor.resources.map((resource) => resource.path)).toEqual([
      "figures.csv",
      "events.csv",
      "sources.csv",
      "routes.csv",
      "metrics.csv",
    ]);
    expect(descriptor.licenses).toEqual([
      { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0 International" },
    ]);
    expect(descriptor.sources.map((entry) => entry.title)).toEqual(["Corridor Watch", "TASS", "Trend (ADY data)"]);
  });

  it("declares schemas that the CSV writers' output fits, guarded text, blanks and keys included", () => {
    expect(validateTables(descriptor, files)).toEqual([]);
  });

  it("is checked strictly enough to catch a wrong type, header, enum, blank, duplicate key or dangling reference", () => {
    const broken = (path: keyof typeof files, from: string, to: string) =>
      validateTables(descriptor, { ...files, [path]: files[path].replace(from, to) });
    expect(broken("figures.csv", "\r\n7,", "\r\nseven,")).toEqual([expect.stringContaining("“seven” is not of type integer")]);
    expect(broken("figures.csv", "-45.50", "about 45")).toContainEqual(expect.stringContaining("is not of type number"));
    expect(broken("figures.csv", "2024-01-01", "2024-02-30")).toContainEqual(expect.stringContaining("is not of type date"));
    expect(broken("figures.csv", "id,metric", "id,metrik")[0]).toContain("header is");
    expect(broken("figures.csv", ",pending", ",maybe")).toContainEqual(expect.stringContaining("is not one of"));
    expect(broken("routes.csv", "instc-west", "instc-east")).toContainEqual(expect.stringContaining("is not in routes"));
    expect(broken("events.csv", "\r\n4,", "\r\n3,")).toContainEqual(expect.stringContaining("twice"));
    expect(broken("metrics.csv", ",transit,", ",,")).toContainEqual(expect.stringContaining("empty but required"));
    expect(validateDescriptor({ ...descriptor, resources: [{ ...descriptor.resources[0]!, path: "../figures.csv" }] })).toContainEqual(
      expect.stringContaining("relative path"),
    );
    expect(validateDescriptor({ ...descriptor, licenses: [] })).toContainEqual(expect.stringContaining("licenses"));
  });
});
