import type { SourceRef } from "../data/types";
import { formatPartialDate } from "../format/format-date";

// How a citation says when its source was published, and which sources a chart cites: plain text, shared by the
// pages (components/source-line.tsx) and the exported images (lib/chart-images).

/** "May 2024", "2024", or a plain statement that the publication date is not known. */
export function formatAsOf(source: SourceRef): string {
  return source.date && source.datePrecision ? formatPartialDate(source.date, source.datePrecision) : "publication date not known";
}

/** "as of May 2024", or "publication date not known": the date part of a citation, in words either way. */
export function asOfPhrase(source: SourceRef): string {
  return source.date && source.datePrecision
    ? `as of ${formatPartialDate(source.date, source.datePrecision)}`
    : "publication date not known";
}

/** The distinct sources of a set of figures, in first-seen order (one source often backs several figures). */
export function distinctSources(sources: readonly SourceRef[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const source of sources) {
    const key = `${source.publisher}\u0000${source.title}\u0000${source.url ?? ""}`;
    if (!seen.has(key)) seen.set(key, source);
  }
  return [...seen.values()];
}
