import type { DatePrecision, SourceRef } from "./types";

/** A source's columns as the data layer's queries name them: bare (a sources list) or with `source_` (a figure, an event). */
type SourceColumns = { publisher: string; title: string; url: string | null; date: string | null; date_precision: DatePrecision | null };
type PrefixedSourceColumns = { [Key in keyof SourceColumns as `source_${Key}`]: SourceColumns[Key] };

/** A source from a list's row (publisher, title, url, date, date_precision). */
export const sourceRefOf = (row: SourceColumns): SourceRef => ({
  publisher: row.publisher,
  title: row.title,
  url: row.url,
  date: row.date,
  datePrecision: row.date_precision,
});

/** The source of a figure's or an event's row (source_publisher, source_title, …). */
export const citedSourceOf = (row: PrefixedSourceColumns): SourceRef =>
  sourceRefOf({
    publisher: row.source_publisher,
    title: row.source_title,
    url: row.source_url,
    date: row.source_date,
    date_precision: row.source_date_precision,
  });
