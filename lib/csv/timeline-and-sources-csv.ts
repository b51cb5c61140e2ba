import type { EventView, SourceSummary } from "../data/types";
import { toPartialDateText } from "../dates/partial-date";
import { tableToCsv } from "./figure-csv";

const partial = (date: string | null, precision: EventView["datePrecision"] | null) =>
  date && precision ? toPartialDateText({ date: new Date(`${date}T00:00:00Z`), precision }) : "";

// `metrics` came later: appended, so readers of the earlier columns by position keep working.
export const eventCsvColumns = [
  "id",
  "date",
  "date_precision",
  "title",
  "route",
  "status",
  "source_publisher",
  "source_title",
  "source_url",
  "source_date",
  "metrics",
] as const;

/**
 * Events; `date` is as precise as it is known ("2024-05" for May 2024), `date_precision` says how precise, and
 * `metrics` lists the slugs of the metrics whose charts draw the event, separated by spaces (blank: none).
 */
export function eventsToCsv(events: EventView[]): string {
  return tableToCsv(
    eventCsvColumns,
    events.map((event) => [
      String(event.id),
      partial(event.date, event.datePrecision),
      event.datePrecision,
      event.title,
      event.route?.slug ?? "",
      event.status,
      event.source.publisher,
      event.source.title,
      event.source.url ?? "",
      partial(event.source.date, event.source.datePrecision),
      event.metrics.join(" "),
    ]),
    ["id"],
  );
}

export const sourceCsvColumns = ["publisher", "title", "url", "date", "figure_count", "event_count", "figure_ids", "event_ids"] as const;

/** Every cited source with the ids of the figures and events that rely on it (ids separated by spaces). */
export function sourcesToCsv(sources: SourceSummary[]): string {
  return tableToCsv(
    sourceCsvColumns,
    sources.map((source) => [
      source.publisher,
      source.title,
      source.url ?? "",
      partial(source.date, source.datePrecision),
      String(source.figures.length),
      String(source.events.length),
      source.figures.map((figure) => figure.id).join(" "),
      source.events.map((event) => event.id).join(" "),
    ]),
    ["figure_count", "event_count", "figure_ids", "event_ids"],
  );
}
