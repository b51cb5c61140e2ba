import type { Metadata } from "next";
import Link from "next/link";
import { CsvLink } from "@/app/_components/csv-link";
import { sourcesCsvUrl } from "@/lib/csv/csv-urls";
import { getSources } from "@/lib/data/sources/get-sources";
import type { DatePrecision, SourceSummary } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/format-date";
import { formatValue } from "@/lib/format/format-number";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sources" };

/** A partial date for machines, no more exact than it is known: "2024", "2024-05", "2024-05-19". */
function machineDate(isoDate: string, precision: DatePrecision): string {
  return precision === "year" ? isoDate.slice(0, 4) : precision === "month" ? isoDate.slice(0, 7) : isoDate;
}

export default async function SourcesPage() {
  const sources = await getSources();
  const figureCount = sources.reduce((sum, source) => sum + source.figures.length, 0);
  const eventCount = sources.reduce((sum, source) => sum + source.events.length, 0);
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Every publication a figure or an event on Corridor Watch relies on, with what relies on it. {sources.length}{" "}
        sources back {figureCount} figures and {eventCount} events.
      </p>
      <p className="downloads">
        <CsvLink href={sourcesCsvUrl()} of="every source" />
      </p>
      <ol className="source-list">
        {sources.map((source, index) => (
          <SourceEntry key={`${source.publisher}/${source.title}/${source.url}/${source.date}`} source={source} index={index} />
        ))}
      </ol>
    </>
  );
}

function SourceEntry({ source, index }: { source: SourceSummary; index: number }) {
  const headingId = `source-${index}`;
  const asOf =
    source.date && source.datePrecision
      ? { text: formatPartialDate(source.date, source.datePrecision), machine: machineDate(source.date, source.datePrecision) }
      : null;
  return (
    <li className="source-entry">
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>{source.publisher}</h2>
        <p className="source-title">
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            <cite>{source.title}</cite>
          )}
          {" · "}
          {asOf ? (
            <>
              as of <time dateTime={asOf.machine}>{asOf.text}</time>
            </>
          ) : (
            "publication date not known"
          )}
        </p>
        {source.figures.length > 0 ? (
          <>
            <h3>{source.figures.length === 1 ? "1 figure" : `${source.figures.length} figures`}</h3>
            <ul className="relies-on">
              {source.figures.map((figure) => (
                <li key={figure.id}>
                  <Link href={`/metrics/${figure.metric}`}>{figure.metricName}</Link>, {figure.periodLabel ?? "no period given"}:{" "}
                  <span className="number">{formatValue(figure.value, figure.unit)}</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {source.events.length > 0 ? (
          <>
            <h3>{source.events.length === 1 ? "1 event" : `${source.events.length} events`}</h3>
            <ul className="relies-on">
              {source.events.map((event) => (
                <li key={event.id}>
                  <time dateTime={machineDate(event.date, event.datePrecision)}>{formatPartialDate(event.date, event.datePrecision)}</time>: {event.title}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </article>
    </li>
  );
}
