import Link from "next/link";
import type { Route } from "next";
import type { FigureView } from "@/lib/data/types";
import { formatPeriod } from "@/lib/format/format-date";
import { formatValue } from "@/lib/format/format-number";
import { SourceCitation, formatAsOf } from "../source-line";
import { FigureStatusLabel } from "./figure-status";
import { TableScroll } from "./table-scroll";
import styles from "./tables.module.css";

// No server-only imports: the figures explorer renders this table in the browser as well.

export type FiguresTableProps = {
  figures: readonly FigureView[];
  /** Says which figures these are; also names the scrolling region. */
  caption: string;
  showMetric?: boolean;
  showRoute?: boolean;
};

/** Every figure given, each with its period, exact value, unit, status, source, as-of date and note. */
export function FiguresTable({ figures, caption, showMetric = true, showRoute = true }: FiguresTableProps) {
  return (
    <TableScroll label={caption}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {showMetric ? <th scope="col">Metric</th> : null}
            {showRoute ? <th scope="col">Route</th> : null}
            <th scope="col">Subject</th>
            <th scope="col">Period</th>
            <th scope="col" className={styles.number}>
              Value
            </th>
            <th scope="col">Unit</th>
            <th scope="col">Status</th>
            <th scope="col">Source</th>
            <th scope="col">As of</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.id}>
              {showMetric ? (
                <td>
                  <Link href={`/metrics/${figure.metric.slug}` as Route}>{figure.metric.name}</Link>
                </td>
              ) : null}
              {showRoute ? (
                <td>
                  {figure.route ? (
                    <Link href={`/routes/${figure.route.slug}` as Route}>{figure.route.name}</Link>
                  ) : (
                    <span className={styles.muted}>no single route</span>
                  )}
                </td>
              ) : null}
              <td>{figure.subject}</td>
              <td>{figure.periodLabel ?? formatPeriod(figure.periodStart, figure.periodEnd) ?? <span className={styles.muted}>no period given</span>}</td>
              <td className={styles.number}>{formatValue(figure.value, figure.metric.unit)}</td>
              <td className={styles.nowrap}>{figure.metric.unit}</td>
              <td>
                <FigureStatusLabel status={figure.status} />
              </td>
              <td className={styles.wide}>
                <SourceCitation source={figure.source} />
              </td>
              <td className={styles.nowrap}>{formatAsOf(figure.source)}</td>
              <td className={styles.wide}>{figure.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
