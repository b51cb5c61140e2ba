import type { Metadata, Route } from "next";
import Link from "next/link";
import { CsvLink } from "@/app/_components/csv-link";
import { sourcesCsvUrl } from "@/lib/csv/csv-urls";
import { getSourcesPage } from "@/lib/data/sources/get-sources-page";
import type { DatePrecision, SourcesPage } from "@/lib/data/types";
import { toQueryString } from "@/lib/filters/figure-filter";
import { lenientPage, queryString } from "@/lib/filters/search-params";
import { takeAsOf, withAsOf } from "@/lib/filters/as-of";
import { readerAt } from "@/lib/data/as-of";
import { AsOfBanner } from "@/app/_components/as-of-banner";
import { countOf } from "@/lib/format/count-of";
import { Pager } from "@/app/_components/pager";
import { formatPartialDate } from "@/lib/format/format-date";
import { formatValue } from "@/lib/format/format-number";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sources" };

/** A partial date for machines, no more exact than it is known: "2024", "2024-05", "2024-05-19". */
function machineDate(isoDate: string, precision: DatePrecision): string {
  return precision === "year" ? isoDate.slice(0, 4) : precision === "month" ? isoDate.slice(0, 7) : isoDate;
}

const pageSize = 50;
/** How many of a source's figures (and events) its entry lists; the rest are a link away. */
const shownPerSource = 10;

/** "/sources?page=N"; the first page is the address without a page. */
const sourcesPageHref = (page: number) => `/sources${queryString([["page", page > 1 ? String(page) : undefined]])}` as Route;

export default async function SourcesIndexPage({ searchParams }: PageProps<"/sources">) {
  const { asOf, errors: asOfErrors, rest } = takeAsOf(await searchParams);
  const page = lenientPage(rest.get("page"));
  const { sources, totals } = await getSourcesPage(await readerAt(asOf), page, pageSize, shownPerSource);
  const pageCount = Math.max(1, Math.ceil(totals.sources / pageSize));
  const first = (page - 1) * pageSize + 1;
  return (
    <>
      <h1>Sources</h1>
      <AsOfBanner asOf={asOf} errors={asOfErrors} today="/sources" />
      <p className="lede">
        Every publication a figure or an event on Corridor Watch relies on, with what relies on it. {countOf(totals.sources, "source")} back{" "}
        {countOf(totals.figures, "figure")} and {countOf(totals.events, "event")}.
      </p>
      <p className="downloads">
        <CsvLink href={withAsOf(sourcesCsvUrl(), asOf)} of="every source" />
      </p>
      {pageCount > 1 ? (
        <p>
          Sources {first.toLocaleString("en")}–{(first + sources.length - 1).toLocaleString("en")} of {totals.sources.toLocaleString("en")},
          by publisher.
        </p>
      ) : null}
      {sources.length === 0 && totals.sources > 0 ? (
        <p>
          This page is past the end. <Link href="/sources">Go to the first page</Link>.
        </p>
      ) : null}
      <ol className="source-list" start={first}>
        {sources.map((source, index) => (
          <SourceEntry key={`${source.publisher}/${source.title}/${source.url}/${source.date}`} source={source} index={index} />
        ))}
      </ol>
      <Pager label="Pages of sources" page={page} pageCount={pageCount} href={(to) => withAsOf(sourcesPageHref(to), asOf)} />
    </>
  );
}

function SourceEntry({ source, index }: { source: SourcesPage["sources"][number]; index: number }) {
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
        {source.figureCount > 0 ? (
          <>
            <h3>{countOf(source.figureCount, "figure")}</h3>
            <ul className="relies-on">
              {source.figures.map((figure) => (
                <li key={figure.id}>
                  <Link href={`/metrics/${figure.metric}`}>{figure.metricName}</Link>, {figure.periodLabel ?? "no period given"}:{" "}
                  <span className="number">{formatValue(figure.value, figure.unit)}</span>
                </li>
              ))}
            </ul>
            {source.figureCount > source.figures.length ? (
              <p>
                <Link href={`/figures${toQueryString({ source: source.publisher })}` as Route}>All figures citing {source.publisher}</Link>{" "}
                ({countOf(source.figureCount - source.figures.length, "more figure")} from this publication)
              </p>
            ) : null}
          </>
        ) : null}
        {source.eventCount > 0 ? (
          <>
            <h3>{countOf(source.eventCount, "event")}</h3>
            <ul className="relies-on">
              {source.events.map((event) => (
                <li key={event.id}>
                  <time dateTime={machineDate(event.date, event.datePrecision)}>{formatPartialDate(event.date, event.datePrecision)}</time>:{" "}
                  {event.title}
                </li>
              ))}
            </ul>
            {source.eventCount > source.events.length ? (
              <p>…and {countOf(source.eventCount - source.events.length, "more event")}.</p>
            ) : null}
          </>
        ) : null}
      </article>
    </li>
  );
}
