import Link from "next/link";
import type { Route } from "next";
import type { MouseEvent } from "react";
import type { FigureView } from "@/lib/data/types";
import type { FigureSort, FigureSortColumn } from "@/lib/filters/figure-list-query";
import { formatPeriod } from "@/lib/format/format-date";
import { formatNumber, formatValue } from "@/lib/format/format-number";
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
  /** Column headers that sort the list (the figure explorer): the order shown, and where each header leads. */
  sorting?: FigureTableSorting;
};

export type FigureTableSorting = {
  sort: FigureSort;
  /** The address of the list sorted by a column (ascending, or descending when it is already ascending). */
  href: (column: FigureSortColumn) => string;
  /** Called instead of following the link, so the list can re-sort in place. */
  onSort: (column: FigureSortColumn) => void;
};

/** A column header; with sorting, a link that sorts by it, and `aria-sort` on the one the list is sorted by. */
function ColumnHeader({
  column,
  label,
  sorting,
  className,
}: {
  column: FigureSortColumn;
  label: string;
  sorting?: FigureTableSorting;
  className?: string;
}) {
  const sorted = sorting?.sort?.column === column ? sorting.sort.dir : null;
  return (
    <th
      scope="col"
      role="columnheader"
      className={className}
      aria-sort={sorting ? (sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none") : undefined}
    >
      {sorting ? (
        <a
          href={sorting.href(column)}
          className={styles.sortLink}
          data-sorted={sorted ?? undefined}
          onClick={(event: MouseEvent<HTMLAnchorElement>) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            sorting.onSort(column);
          }}
        >
          {label}
        </a>
      ) : (
        label
      )}
    </th>
  );
}

/**
 * Every figure given, each with its period, exact value, unit, status, source, as-of date and note.
 *
 * One markup, two layouts, chosen by the width the list has (a container query in tables.module.css, so a list
 * in a narrow column reflows like one on a phone): a table where the columns fit, and below that one card per
 * figure (value and unit large, then metric, route, subject and period, status, source with its date, note), so
 * the columns a reader cites are never behind a sideways scroll. The cards stay a table for assistive technology:
 * the roles are written out because some browsers drop a table's semantics once its CSS display changes.
 */
export function FiguresTable({ figures, caption, showMetric = true, showRoute = true, sorting }: FiguresTableProps) {
  return (
    <div className={styles.figures}>
      <TableScroll label={caption}>
        <table className={`${styles.table} ${styles.figuresTable}`} role="table">
          <caption>{caption}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {showMetric ? <ColumnHeader column="metric" label="Metric" sorting={sorting} /> : null}
              {showRoute ? <ColumnHeader column="route" label="Route" sorting={sorting} /> : null}
              <ColumnHeader column="subject" label="Subject" sorting={sorting} />
              <ColumnHeader column="period" label="Period" sorting={sorting} />
              <ColumnHeader column="value" label="Value" sorting={sorting} className={styles.number} />
              <ColumnHeader column="unit" label="Unit" sorting={sorting} />
              <ColumnHeader column="status" label="Status" sorting={sorting} />
              <ColumnHeader column="source" label="Source" sorting={sorting} />
              <ColumnHeader column="as-of" label="As of" sorting={sorting} />
              <ColumnHeader column="note" label="Note" sorting={sorting} />
            </tr>
          </thead>
          <tbody role="rowgroup">
            {figures.map((figure) => (
              <FigureRow key={figure.id} figure={figure} showMetric={showMetric} showRoute={showRoute} />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

function FigureRow({ figure, showMetric, showRoute }: { figure: FigureView; showMetric: boolean; showRoute: boolean }) {
  const { unit } = figure.metric;
  const value = formatValue(figure.value, unit);
  // The cell's text stays "4.9 USD bn", but the unit's short form (" USD bn", "%", " t") is its own span that the
  // CSS hides: the Unit cell beside it says the unit, in the table's column and in a card's headline alike.
  const number = formatNumber(figure.value, { signed: unit === "percent" });
  const suffix = value.startsWith(number) ? value.slice(number.length) : "";
  return (
    <tr role="row">
      {showMetric ? (
        <td role="cell" className={styles.metric}>
          <Link href={`/metrics/${figure.metric.slug}` as Route}>{figure.metric.name}</Link>
        </td>
      ) : null}
      {showRoute ? (
        <td role="cell" className={styles.route}>
          {figure.route ? (
            <Link href={`/routes/${figure.route.slug}` as Route}>{figure.route.name}</Link>
          ) : (
            <span className={styles.muted}>no single route</span>
          )}
        </td>
      ) : null}
      <td role="cell" className={styles.subject}>
        {figure.subject}
      </td>
      <td role="cell" className={styles.period}>
        {figure.periodLabel ?? formatPeriod(figure.periodStart, figure.periodEnd) ?? <span className={styles.muted}>no period given</span>}
      </td>
      <td role="cell" className={`${styles.number} ${styles.value}`}>
        {suffix ? (
          <>
            {number}
            <span className={styles.unitSuffix}>{suffix}</span>
          </>
        ) : (
          value
        )}
      </td>
      <td role="cell" className={`${styles.nowrap} ${styles.unit}`}>
        {unit}
      </td>
      <td role="cell" className={styles.status}>
        <FigureStatusLabel status={figure.status} />
      </td>
      <td role="cell" className={`${styles.wide} ${styles.source}`}>
        <SourceCitation source={figure.source} />
      </td>
      <td role="cell" className={`${styles.nowrap} ${styles.asOf}`}>
        {formatAsOf(figure.source)}
      </td>
      <td role="cell" className={`${styles.wide} ${styles.note}`}>
        {figure.note ?? ""}
      </td>
    </tr>
  );
}
