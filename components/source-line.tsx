import type { SourceRef } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/format-date";

/** "May 2024", "2024", or a plain statement that the publication date is not known. */
export function formatAsOf(source: SourceRef): string {
  return source.date && source.datePrecision ? formatPartialDate(source.date, source.datePrecision) : "publication date not known";
}

/** "as of May 2024", or "publication date not known": the date part of a citation, in words either way. */
export function asOfPhrase(source: SourceRef): string {
  return source.date && source.datePrecision ? `as of ${formatPartialDate(source.date, source.datePrecision)}` : "publication date not known";
}

/** "Publisher, title": the title links to the source when it has an address, else it is cited as written. */
export function SourceCitation({ source }: { source: SourceRef }) {
  return (
    <>
      {source.publisher},{" "}
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
    </>
  );
}

/** "Source: Publisher, title (as of May 2024)": every figure on the site carries one. */
export function SourceLine({ source, className }: { source: SourceRef; className?: string }) {
  return (
    <p className={className ? `source-line ${className}` : "source-line"}>
      Source: <SourceCitation source={source} /> ({asOfPhrase(source)})
    </p>
  );
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
