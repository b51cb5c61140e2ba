import type { ComparisonValue, RouteSummary, SourceRef, TrendPoint } from "../../lib/data/types";

// Builders of the chart data the renderers and describers are tested with: only what a test cares about is given.

export function routeSummary(slug: string, name: string, kind: RouteSummary["kind"]): RouteSummary {
  return { slug, name, kind, modes: [], via: "", description: "", position: 0 };
}

let nextFigureId = 1;

/** A point of a trend; its source is `publisher`'s, dated `sourceDate` to the month when given. */
export function trendPoint(
  fields: Pick<TrendPoint, "periodStart" | "periodEnd" | "valueText"> &
    Partial<Pick<TrendPoint, "status" | "disagrees" | "periodLabel" | "x">> & { publisher?: string; sourceDate?: string },
): TrendPoint {
  const { publisher = "A", sourceDate, ...rest } = fields;
  const source: SourceRef = {
    publisher,
    title: sourceDate ? `${publisher} report` : "t",
    url: null,
    date: sourceDate ?? null,
    datePrecision: sourceDate ? "month" : null,
  };
  return {
    figureId: nextFigureId++,
    periodLabel: fields.periodStart.slice(0, 4),
    x: 0,
    value: Number(fields.valueText),
    printed: null,
    status: "reported",
    disagrees: false,
    ...rest,
    source,
  };
}

/** A source of the many a crowded value cites: "Publisher 3", "Report 3", undated. */
export function numberedSource(index: number): SourceRef {
  return { publisher: `Publisher ${index}`, title: `Report ${index}`, url: null, date: null, datePrecision: null };
}

/** A compared value drawn from many figures: `sources` numbered sources (first ones first) and `notes` notes. */
export function crowdedValue(sources: SourceRef[], notes: number): ComparisonValue {
  return {
    low: "1",
    high: "40",
    plotLow: 1,
    plotHigh: 40,
    unit: "million tonnes",
    statuses: ["reported"],
    periodLabels: ["2024"],
    metricNames: ["Cargo"],
    notes: Array.from({ length: notes }, (_, index) => `Note ${index}.`),
    sources,
    figureIds: sources.map((_, index) => index),
  };
}
