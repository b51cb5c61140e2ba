import { useId, type ReactNode } from "react";
import type { SourceRef } from "@/lib/data/types";
import { chartPagePath, type ChartState } from "@/lib/charts/chart-state";
import { lastChangedDate, lastChangedText } from "@/lib/charts/last-changed";
import type { CiteContext } from "@/lib/citations/citation";
import { CiteBlock } from "../citations/cite-block";
import { asOfPhrase, distinctSources, SourceCitation } from "../source-line";
import { ChartDownloads } from "./chart-downloads";
import { StaticHtml } from "../static-html";
import { firstOf, moreText } from "@/lib/sources/first-of";
import styles from "./chart-frame.module.css";

/**
 * How many sources the caption names; a chart of many figures counts the rest, which its CSV gives figure by figure.
 * No chart of the sourced dataset cites more than 16, so their captions name every one.
 */
const captionSources = 24;

export type ChartFrameProps = {
  /** States the finding in plain words ("The INSTC western route is shorter…"), not just the metric. */
  title: ReactNode;
  headingLevel?: 2 | 3 | 4;
  /** What is measured, and in which unit. */
  subtitle?: ReactNode;
  /** A text summary of the chart for screen readers; the figure points to it with aria-describedby. */
  description: ReactNode;
  sources: readonly SourceRef[];
  notes?: readonly ReactNode[];
  /** Which chart in which state: its CSV, SVG, PNG and embed addresses all follow from it (lib/charts/chart-state). */
  chart?: ChartState;
  /** Where a trend's view sits in the address, when not under its metric's prefix (an embed's bare keys). */
  viewPrefix?: string;
  /** A server-rendered table of the same numbers, so the page carries them before any script runs. */
  table?: ReactNode;
  /** When an editor last changed one of the chart's figures (null: none has); absent, the line is left out. */
  lastEditedAt?: string | null;
  /** The page's moment and origin, for the chart's "Cite" block (left out without it, as in an embed). */
  cite?: CiteContext;
  /** The chart itself (a client component). */
  children: ReactNode;
};

/**
 * Everything around a chart, the way data journalism frames one: a title that says what the chart shows, the unit,
 * the chart, its numbers as a table, then sources with their dates, notes and a CSV download in small type.
 */
export function ChartFrame({
  title,
  headingLevel = 3,
  subtitle,
  description,
  sources,
  notes = [],
  chart,
  viewPrefix,
  table,
  lastEditedAt,
  cite,
  children,
}: ChartFrameProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const Heading = `h${headingLevel}` as const;
  const cited = distinctSources(sources);
  const named = firstOf(cited, captionSources);
  return (
    <figure className={styles.frame} aria-labelledby={titleId} aria-describedby={descriptionId}>
      <Heading id={titleId} className={styles.title}>
        {title}
      </Heading>
      {subtitle ? <p className={styles.subtitle}>{subtitle}</p> : null}
      <p id={descriptionId} className="visually-hidden">
        {description}
      </p>
      <div className={styles.chart}>{children}</div>
      {table ? (
        <StaticHtml as="details" className={styles.details}>
          <summary>Show the numbers as a table</summary>
          {table}
        </StaticHtml>
      ) : null}
      <figcaption className={styles.caption}>
        <StaticHtml className={styles.captionText}>
          {cited.length > 0 ? (
            <p>
              {cited.length === 1 ? "Source: " : "Sources: "}
              {named.shown.map((source, index) => (
                <span key={`${source.publisher}-${source.title}`}>
                  {index > 0 ? "; " : null}
                  <SourceCitation source={source} /> ({asOfPhrase(source)})
                </span>
              ))}
              {named.more > 0 ? `; ${moreText(named.more, "source")}, all in the CSV` : null}.
            </p>
          ) : (
            <p>No source: the data has no figures for this chart.</p>
          )}
          {notes.length === 1 ? <p>Note: {notes[0]}</p> : null}
          {notes.length > 1 ? (
            <ul className={styles.notes} aria-label="Notes">
              {notes.map((note, index) => (
                <li key={index}>{note}</li>
              ))}
            </ul>
          ) : null}
          {lastEditedAt === undefined ? null : <LastChanged lastEditedAt={lastEditedAt} />}
        </StaticHtml>
        {chart ? (
          <ChartDownloads chart={chart} viewPrefix={viewPrefix} title={typeof title === "string" ? title : "Corridor Watch chart"} />
        ) : null}
        {chart && cite ? (
          <CiteBlock
            context={cite}
            title={typeof title === "string" ? title : "Corridor Watch chart"}
            path={chartPagePath(chart)}
            publishers={cited.map((source) => source.publisher)}
            of="chart"
          />
        ) : null}
      </figcaption>
    </figure>
  );
}

/** "Last changed by an editor on 2 December 2026": an editor's change, never the moment the data was loaded. */
function LastChanged({ lastEditedAt }: { lastEditedAt: string | null }) {
  if (lastEditedAt === null) return <p>{lastChangedText(null)}.</p>;
  return (
    <p>
      Last changed by an editor on <time dateTime={lastEditedAt}>{lastChangedDate(lastEditedAt)}</time>.
    </p>
  );
}
