import type { Route } from "next";
import Link from "next/link";
import { SourceLine } from "@/components/source-line";
import type { PeriodComparison } from "@/lib/dashboard/compare-with-previous";
import type { TrendPoint, TrendSeries } from "@/lib/data/types";
import { formatPeriod } from "@/lib/format/format-date";
import { formatValue } from "@/lib/format/format-number";
import styles from "./overview.module.css";

type SeriesComparison = PeriodComparison & { series: TrendSeries };

function yearEarlier(isoDate: string): string {
  return `${Number(isoDate.slice(0, 4)) - 1}${isoDate.slice(4)}`;
}

function period(point: TrendPoint): string {
  return formatPeriod(point.periodStart, point.periodEnd) ?? point.periodLabel;
}

/** "Trend (ADY data)" → "ADY": who produced the numbers, when the publisher says it only relays them. */
function dataOwner(publisher: string): string {
  return /\(([^()]+?) data\)/.exec(publisher)?.[1] ?? publisher;
}

function ComputedChange({ comparison, unit }: { comparison: SeriesComparison; unit: string }) {
  const { latest, previous, changePercent } = comparison;
  if (!previous || changePercent === null) return null;
  const samePublisher = latest.source.publisher === previous.source.publisher;
  const from = samePublisher
    ? `from the two ${dataOwner(latest.source.publisher)} figures`
    : `from figures of ${previous.source.publisher} and ${latest.source.publisher}`;
  return (
    <>
      <p>
        <span className={styles.change}>{formatValue(changePercent, "percent")}</span> {period(latest)} vs {period(previous)} (
        {formatValue(latest.valueText, unit)} against {formatValue(previous.valueText, unit)}), computed by Corridor Watch {from}.
      </p>
      <SourceLine source={latest.source} />
      {samePublisher ? null : <SourceLine source={previous.source} />}
    </>
  );
}

/**
 * Cargo carried through Azerbaijan on the North–South corridor: the latest figure and its change on the same
 * period a year earlier, or a plain statement that the data has no such period, with the source's own note.
 */
export function TransitCard({
  latest,
  comparisons,
  unit,
  metricSlug,
  latestNote,
}: {
  latest: SeriesComparison | null;
  comparisons: SeriesComparison[];
  unit: string;
  metricSlug: string;
  /** The note stored with the latest figure, where the source states its own comparison. */
  latestNote: string | null;
}) {
  const title = "Azerbaijan North–South transit";
  if (!latest) {
    return (
      <article className="card" aria-label={title}>
        <h3>{title}</h3>
        <p>No figure for North–South transit through Azerbaijan is in the database.</p>
      </article>
    );
  }
  const point = latest.latest;
  const previousPeriod = formatPeriod(yearEarlier(point.periodStart), yearEarlier(point.periodEnd));
  const others = comparisons.filter((comparison) => comparison.latest.figureId !== point.figureId);
  return (
    <article className={`card ${styles.card}`} aria-label={`${title}: ${period(point)}`}>
      <h3 className={styles.cardTitle}>{title}</h3>
      <p className="figure-value">{formatValue(point.valueText, unit)}</p>
      <p className="figure-period">
        North–South corridor cargo carried via Azerbaijan, {period(point)} ({latest.series.label.toLowerCase()}){" "}
        <span className="status">{point.status}</span>
      </p>
      <SourceLine source={point.source} />
      <div className={styles.more}>
        <h4>Change on the previous comparable period</h4>
        <ul>
          <li>
            {latest.changePercent !== null && latest.previous ? (
              <ComputedChange comparison={latest} unit={unit} />
            ) : (
              <p>
                The data has no {latest.series.label === "Full year" ? "full-year " : ""}figure for {previousPeriod ?? "the same period a year earlier"}, so
                Corridor Watch computes no change.
                {latestNote ? (
                  <>
                    {" "}
                    The source&apos;s own note: &ldquo;{latestNote}&rdquo;
                  </>
                ) : null}
              </p>
            )}
          </li>
          {others.map((comparison) => (
            <li key={comparison.latest.figureId}>
              <ComputedChange comparison={comparison} unit={unit} />
            </li>
          ))}
        </ul>
      </div>
      <Link className={styles.cardLink} href={`/metrics/${metricSlug}` as Route}>
        All figures for this metric
      </Link>
    </article>
  );
}
