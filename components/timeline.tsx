import type { EventView } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/format-date";
import { eventTiming, machineDate, todayIso } from "@/lib/dates/event-timing";
import { asOfPhrase, SourceCitation } from "./source-line";
import { StaticHtml } from "./static-html";
import styles from "./timeline.module.css";

const statusWords = { happened: "Happened", planned: "Planned", overdue: "Planned, date passed" } as const;

/**
 * Events in date order, each dated only as exactly as it is known ("2028", "May 2024", "17 May 2023"), with
 * whether it happened or is only planned said in words and shown by an open dot, its route and its source.
 */
export function Timeline({ events }: { events: readonly EventView[] }) {
  const today = todayIso();
  const ordered = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  return (
    <StaticHtml as="ol" className={styles.timeline}>
      {ordered.map((event) => {
        const timing = eventTiming(event, today);
        return (
          <li key={event.id} className={`${styles.event} ${styles[timing.kind] ?? ""}`}>
            <time className={styles.date} dateTime={machineDate(event.date, event.datePrecision)}>
              {formatPartialDate(event.date, event.datePrecision)}
            </time>
            <div className={styles.body}>
              <p className={styles.title}>
                <span className={styles.statusWord}>{statusWords[timing.kind]}</span>
                {event.title}
              </p>
              {timing.kind === "overdue" ? (
                <p className={styles.meta}>
                  Planned for {formatPartialDate(event.date, event.datePrecision)}; no later report in the data.
                </p>
              ) : null}
              <p className={styles.meta}>
                {event.route ? (
                  <>
                    Route: <a href={`/routes/${event.route.slug}`}>{event.route.name}</a>.{" "}
                  </>
                ) : null}
                Source: <SourceCitation source={event.source} /> ({asOfPhrase(event.source)})
              </p>
            </div>
          </li>
        );
      })}
    </StaticHtml>
  );
}
