import type { Route } from "next";
import Link from "next/link";
import { FigureCard } from "@/components/figure-card";
import { eventTiming, machineDate } from "@/lib/dates/event-timing";
import { countOf } from "@/lib/format/count-of";
import { moreText } from "@/lib/sources/first-of";
import { asOfPhrase, SourceCitation, SourceLine } from "@/components/source-line";
import type { FeaturedCard } from "@/lib/data/overview/get-featured-cards";
import type { FigureView, TrendPoint } from "@/lib/data/types";
import { formatPartialDate, formatPeriod } from "@/lib/format/format-date";
import { formatValue } from "@/lib/format/format-number";
import styles from "./overview.module.css";

// One headline card of a metric editors featured: its most recent figure big (lib/dashboard/pick-headline), the
// change on the same period a year earlier where Corridor Watch can compute one, and the latest few other periods
// and sources beneath, the rest one click away. A metric measured against a whole (its "Progress against") reads as
// a project's progress, with its linked events as milestones; the metrics an editor listed on the card follow.
// Which metric and which figure is never written here.

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

/** "about 170 km" when the source itself says "about". */
function valueText(figure: FigureView): string {
  const value = formatValue(figure.value, figure.metric.unit);
  return figure.note?.toLowerCase().includes(`about ${figure.value}`) ? `about ${value}` : value;
}

const share = (part: FigureView, whole: FigureView) => (Number(part.value) / Number(whole.value)) * 100;

function Progress({ lead, progress }: { lead: FigureView; progress: NonNullable<FeaturedCard["progress"]> }) {
  const { whole, sameSource, others } = progress;
  const percent = sameSource && Number(sameSource.value) > 0 ? share(lead, sameSource) : null;
  return (
    <div className={styles.more}>
      <h4>Progress against: {whole.name}</h4>
      {sameSource && percent !== null ? (
        <>
          <p>
            <span className={styles.change}>{formatValue(lead.value, lead.metric.unit)}</span> of{" "}
            <span className={styles.change}>{valueText(sameSource)}</span>
          </p>
          <div className={styles.progress} aria-hidden="true">
            <div className={styles.progressFill} style={{ width: `${Math.min(100, percent)}%` }} />
          </div>
          <p className="source-line">
            {Math.round(percent)}%, computed by Corridor Watch from two figures of {lead.source.publisher}.
          </p>
        </>
      ) : (
        <p className="source-line">{lead.source.publisher} gives no figure for it, so no share is computed.</p>
      )}
      {others.shown.length > 0 ? (
        <p className="source-line">
          {sameSource ? "Other sources give it" : "Sources give it"} as{" "}
          {others.shown.map((figure) => `${valueText(figure)} (${figure.source.publisher})`).join(", ")}
          {others.more > 0 ? `, ${moreText(others.more, "figure")}` : ""}.
        </p>
      ) : null}
    </div>
  );
}

/** One figure in a card's list: its value, period and status, then its source and date. */
function FigureItem({ figure }: { figure: FigureView }) {
  return (
    <li>
      <span className={styles.change}>{formatValue(figure.value, figure.metric.unit)}</span> {figure.periodLabel ?? "no period given"}{" "}
      <span className="status">{figure.status}</span>
      <br />
      <span className="source-line">
        <SourceCitation source={figure.source} /> ({asOfPhrase(figure.source)})
      </span>
    </li>
  );
}

function ListedMetric({ list }: { list: FeaturedCard["listed"][number] }) {
  return (
    <div className={styles.more}>
      <h4>{list.metric.name}</h4>
      <ul>
        {list.shown.map((figure) => (
          <FigureItem key={figure.id} figure={figure} />
        ))}
      </ul>
      {list.more > 0 ? (
        <Link className={styles.cardLink} href={`/metrics/${list.metric.slug}` as Route}>
          {moreText(list.more, "figure")}: {list.metric.name}
        </Link>
      ) : null}
    </div>
  );
}

function Milestones({ milestones, today }: { milestones: FeaturedCard["milestones"]; today: string }) {
  if (milestones.shown.length === 0) return null;
  return (
    <div className={styles.more}>
      <h4>Milestones</h4>
      {milestones.earlier > 0 ? (
        <p className="source-line">
          The latest {milestones.shown.length}; {countOf(milestones.earlier, "earlier event")} {milestones.earlier === 1 ? "is" : "are"} not
          shown.
        </p>
      ) : null}
      <ol>
        {milestones.shown.map((event) => {
          const timing = eventTiming(event, today);
          return (
            <li key={event.id}>
              <strong>
                <time dateTime={machineDate(event.date, event.datePrecision)}>{formatPartialDate(event.date, event.datePrecision)}</time>
              </strong>
              : {event.title} <span className="status">{timing.kind === "happened" ? "happened" : "planned"}</span>
              {timing.kind === "overdue" ? <> ({timing.text})</> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function FeaturedMetricCard({ card, today }: { card: FeaturedCard; today: string }) {
  const { metric, lead, beneath, change, total, progress } = card;
  const others = beneath.slice(0, otherFiguresShown);
  return (
    <FigureCard figure={lead} title={metric.name} className={styles.card}>
      {progress ? <Progress lead={lead} progress={progress} /> : null}
      {change ? <ComputedChange change={change} unit={metric.unit} /> : null}
      {others.length > 0 ? (
        <div className={styles.more}>
          <h4>Older or shorter periods, other sources</h4>
          <ul>
            {others.map((figure) => (
              <FigureItem key={figure.id} figure={figure} />
            ))}
          </ul>
        </div>
      ) : null}
      {card.listed.map((list) => (
        <ListedMetric key={list.metric.slug} list={list} />
      ))}
      <Milestones milestones={card.milestones} today={today} />
      <Link className={styles.cardLink} href={`/metrics/${metric.slug}` as Route}>
        All {total} figures: {metric.name}
      </Link>
    </FigureCard>
  );
}
