import type { SourceRef } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/format-date";

/** "Source: Publisher, title (as of May 2024)": every figure on the site carries one. */
export function SourceLine({ source }: { source: SourceRef }) {
  const asOf =
    source.date && source.datePrecision ? formatPartialDate(source.date, source.datePrecision) : "publication date not known";
  return (
    <p className="source-line">
      Source: {source.publisher},{" "}
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}{" "}
      (as of {asOf})
    </p>
  );
}
