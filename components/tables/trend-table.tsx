import type { TrendChartData } from "@/lib/data/types";
import { formatPeriod } from "@/lib/format/format-date";
import { formatValue } from "@/lib/format/format-number";
import { pointPeriod } from "@/lib/charts/describe-chart";
import { SourceCitation, formatAsOf } from "../source-line";
import { ColumnHeads } from "./column-heads";
import { FigureStatusLabel } from "./figure-status";
import { TableScroll } from "./table-scroll";
import styles from "./tables.module.css";

/** Every figure behind a trend chart, in time order, plus the figures that have no period to place on the axis. */
export function TrendTable({ trend }: { trend: TrendChartData }) {
  const { name, unit } = trend.metric;
  const rows = trend.series
    .flatMap((series, order) => series.points.map((point) => ({ point, series: series.label, order })))
    .sort((a, b) => a.point.periodStart.localeCompare(b.point.periodStart) || a.order - b.order || a.point.value - b.point.value);
  const caption = `${name}, in ${unit}: every figure`;
  return (
    <TableScroll label={caption}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <ColumnHeads columns={["Period", "Kind of period", { label: "Value", className: styles.number }, "Status", "Source", "As of"]} />
        <tbody>
          {rows.map(({ point, series }) => (
            <tr key={point.figureId}>
              <th scope="row" className={styles.nowrap}>
                {pointPeriod(point)}
              </th>
              <td>{series}</td>
              <td className={styles.number}>
                {formatValue(point.valueText, unit)}
                {point.printed ? (
                  <span className={styles.printed}>printed as {formatValue(point.printed.valueText, point.printed.unit)}</span>
                ) : null}
                {point.disagrees ? <span className={styles.flag}>sources disagree</span> : null}
              </td>
              <td>
                <FigureStatusLabel status={point.status} />
              </td>
              <td className={styles.wide}>
                <SourceCitation source={point.source} />
              </td>
              <td className={styles.nowrap}>{formatAsOf(point.source)}</td>
            </tr>
          ))}
          {[...trend.multiYear, ...trend.undated].map((figure) => (
            <tr key={figure.id}>
              <th scope="row" className={styles.nowrap}>
                {figure.periodLabel ?? formatPeriod(figure.periodStart, figure.periodEnd) ?? "No period given"}
              </th>
              <td className={styles.muted}>{figure.periodStart ? "several years: not on the chart" : "not on the chart"}</td>
              <td className={styles.number}>{formatValue(figure.value, figure.metric.unit)}</td>
              <td>
                <FigureStatusLabel status={figure.status} />
              </td>
              <td className={styles.wide}>
                <SourceCitation source={figure.source} />
              </td>
              <td className={styles.nowrap}>{formatAsOf(figure.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
