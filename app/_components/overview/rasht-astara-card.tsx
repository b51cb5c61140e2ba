import type { Route } from "next";
import Link from "next/link";
import { eventTiming, machineDate } from "@/lib/dates/event-timing";
import { asOfPhrase, SourceCitation, SourceLine } from "@/components/source-line";
import type { RashtAstaraStatus } from "@/lib/data/overview/get-rasht-astara";
import type { FigureView } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/format-date";
import { formatValue } from "@/lib/format/format-number";
import styles from "./overview.module.css";

const sameSource = (a: FigureView, b: FigureView) => a.source.publisher === b.source.publisher && a.source.title === b.source.title;

/** "about 170 km" when the source itself says "about". */
function lengthText(figure: FigureView): string {
  const value = formatValue(figure.value, figure.metric.unit);
  return figure.note?.toLowerCase().includes(`about ${figure.value}`) ? `about ${value}` : value;
}

function FigureLine({ label, figures }: { label: string; figures: FigureView[] }) {
  if (figures.length === 0) return null;
  return (
    <li>
      {label}:{" "}
      {figures.map((figure, index) => (
        <span key={figure.id}>
          {index > 0 ? "; " : null}
          <span className={styles.change}>{formatValue(figure.value, figure.metric.unit)}</span>{" "}
          <span className="status">{figure.status}</span>{" "}
          <span className="source-line">
            <SourceCitation source={figure.source} /> ({asOfPhrase(figure.source)})
          </span>
        </span>
      ))}
    </li>
  );
}

/**
 * The railway that would close the INSTC western route's rail gap: land acquired against the length given by the
 * same source (the only honest denominator), the other sources' lengths, cost and loan, and the milestones.
 */
export function RashtAstaraCard({ status, today }: { status: RashtAstaraStatus; today: string }) {
  const title = "Rasht–Astara railway";
  const { landAcquired, lengthFromSameSource } = status;
  const otherLengths = landAcquired ? status.lengths.filter((length) => !sameSource(length, landAcquired)) : status.lengths;
  return (
    <article className={`card ${styles.card}`} aria-label={`${title}: land acquired`}>
      <h3 className={styles.cardTitle}>{title}</h3>
      {landAcquired ? (
        <>
          <p className={styles.valueRow}>
            <span className="figure-value">{formatValue(landAcquired.value, landAcquired.metric.unit)}</span>
            {lengthFromSameSource ? (
              <span className={styles.ofTotal}>of {formatValue(lengthFromSameSource.value, lengthFromSameSource.metric.unit)}</span>
            ) : null}
          </p>
          {lengthFromSameSource ? (
            <div className={styles.progress} aria-hidden="true">
              <div
                className={styles.progressFill}
                style={{ width: `${Math.min(100, (Number(landAcquired.value) / Number(lengthFromSameSource.value)) * 100)}%` }}
              />
            </div>
          ) : null}
          <p className="figure-period">
            Land acquired for the route, {landAcquired.periodLabel ?? "no period given"}{" "}
            <span className="status">{landAcquired.status}</span>
            {lengthFromSameSource ? (
              <>
                {" "}
                ({Math.round((Number(landAcquired.value) / Number(lengthFromSameSource.value)) * 100)}% of the length, computed by Corridor
                Watch)
              </>
            ) : null}
          </p>
          <SourceLine source={landAcquired.source} />
          <p className="source-line">
            {lengthFromSameSource
              ? `Both numbers are from ${landAcquired.source.publisher}. `
              : `${landAcquired.source.publisher} gives no length. `}
            {otherLengths.length > 0
              ? `Other sources give the length as ${otherLengths.map((length) => `${lengthText(length)} (${length.source.publisher})`).join(" and ")}.`
              : null}
          </p>
        </>
      ) : (
        <p>No figure for land acquired is in the database.</p>
      )}
      <div className={styles.more}>
        <h4>Cost</h4>
        <ul>
          <FigureLine label="Total cost" figures={status.cost} />
          <FigureLine label="Russian loan" figures={status.russianLoan} />
        </ul>
      </div>
      {status.milestones.length > 0 ? (
        <div className={styles.more}>
          <h4>Milestones</h4>
          <ol>
            {status.milestones.map((event) => {
              const timing = eventTiming(event, today);
              return (
                <li key={event.id}>
                  <strong>
                    <time dateTime={machineDate(event.date, event.datePrecision)}>
                      {formatPartialDate(event.date, event.datePrecision)}
                    </time>
                  </strong>
                  : {event.title} <span className="status">{timing.kind === "happened" ? "happened" : "planned"}</span>
                  {timing.kind === "overdue" ? <> ({timing.text})</> : null}
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
      <Link className={styles.cardLink} href={"/routes/instc-west" as Route}>
        The INSTC western route
      </Link>
    </article>
  );
}
