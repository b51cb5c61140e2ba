import type { Route } from "next";
import Link from "next/link";
import { FigureCard } from "@/components/figure-card";
import { asOfPhrase, SourceCitation, SourceLine } from "@/components/source-line";
import type { FeaturedCard } from "@/lib/data/overview/get-featured-cards";
import type { TrendPoint } from "@/lib/data/types";
import { formatPeriod } from "@/lib/format/format-date";
import { formatValue } from "@/lib/format/format-number";
import styles from "./overview.module.css";

// One headline card of a metric editors featured: its most recent figure big (lib/dashboard/pick-headline), the
// change on the same period a year earlier where Corridor Watch can compute one, and the latest few other periods
// and sources beneath, the rest one click away. Which metric and which figure is never written here.

/** The card stays one screen tall. */
const otherFiguresShown = 5;

function period(point: TrendPoint): string {
  return formatPeriod(point.periodStart, point.periodEnd) ?? point.periodLabel;
}

/** "Trend (ADY data)" → "ADY": who produced the numbers, when the publisher says it only relays them. */
function dataOwner(publisher: string): string {
  return /\(([^()]+?) data\)/.exec(publisher)?.[1] ?? publisher;
}

function ComputedChange({ change, unit }: { change: NonNullable<FeaturedCard["change"]>; unit: string }) {
  const { latest, previous, changePercent } = change;
  if (!previous || changePercent === null) return null;
  const samePublisher = latest.source.publisher === previous.source.publisher;
  const from = samePublisher
    ? `from the two ${dataOwner(latest.source.publisher)} figures`
    : `from figures of ${previous.source.publisher} and ${latest.source.publisher}`;
  return (
    <div className={styles.more}>
      <h4>Change on the same period a year earlier</h4>
      <p>
        <span className={styles.change}>{formatValue(changePercent, "percent")}</span> {period(latest)} vs {period(previous)} (
        {formatValue(latest.valueText, unit)} against {formatValue(previous.valueText, unit)}), computed by Corridor Watch {from}.
      </p>
      {samePublisher ? null : <SourceLine source={previous.source} />}
    </div>
  );
}

export function FeaturedMetricCard({ card }: { card: FeaturedCard }) {
  const { metric, lead, beneath, change, total } = card;
  const others = beneath.slice(0, otherFiguresShown);
  return (
    <FigureCard figure={lead} title={metric.name} className={styles.card}>
      {change ? <ComputedChange change={change} unit={metric.unit} /> : null}
      {others.length > 0 ? (
        <div className={styles.more}>
          <h4>Older or shorter periods, other sources</h4>
          <ul>
            {others.map((figure) => (
              <li key={figure.id}>
                <span className={styles.change}>{formatValue(figure.value, figure.metric.unit)}</span>{" "}
                {figure.periodLabel ?? "no period given"} <span className="status">{figure.status}</span>
                <br />
                <span className="source-line">
                  <SourceCitation source={figure.source} /> ({asOfPhrase(figure.source)})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Link className={styles.cardLink} href={`/metrics/${metric.slug}` as Route}>
        All {total} figures: {metric.name}
      </Link>
    </FigureCard>
  );
}
