import type { SourceRef } from "@/lib/data/types";
import { asOfPhrase } from "@/lib/sources/source-dates";

// The citation helpers are plain text, kept in lib so the exported images cite the same way.
export { asOfPhrase, distinctSources, formatAsOf } from "@/lib/sources/source-dates";

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
