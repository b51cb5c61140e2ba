"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import type { AdminListQuery } from "@/lib/admin/figures/admin-list-query";
import type { FigureView } from "@/lib/data/types";
import { formatPeriod } from "@/lib/format/format-date";
import { formatValue } from "@/lib/format/format-number";
import { adminKeys, fetchAdminFigures } from "./admin-api";
import { firstDirection, listQueryString, readListQuery } from "./admin-list-url";
import styles from "./admin.module.css";
import { AdminListFilters, type AdminListOptions } from "./admin-list-filters";
import { formatTimestamp } from "./format-timestamp";
import { ListLoadError } from "./list-load-error";
import { Pager, SortHeader } from "./list-controls";

/**
 * The editors' figure list: filtered, sorted and paged by the server (GET /api/admin/figures). The view lives in
 * the address; changing it pushes a history entry (history.pushState, which Next.js's router follows without
 * re-rendering the server page), so a view can be shared, reloaded and left with the back button.
 */
export function AdminFigureList({ options }: { options: AdminListOptions }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const parsed = readListQuery(new URLSearchParams(search));
  const query = parsed.ok ? parsed.query : null;
  const queryString = query ? listQueryString(query) : "";

  const figures = useQuery({
    queryKey: adminKeys.list(queryString),
    queryFn: ({ signal }) => fetchAdminFigures(queryString, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    // Other editors change figures too: whenever the list is shown again it asks the server, while showing what
    // it had (the app-wide five minutes suit the public pages, not an editing desk).
    staleTime: 0,
  });

  function show(next: AdminListQuery) {
    window.history.pushState(null, "", `/admin/figures${listQueryString(next)}`);
  }

  if (!query) {
    return (
      <div role="alert" className="alert">
        <p>
          <strong>This view cannot be shown</strong>; its address has values the list does not know:
        </p>
        <ul>
          {parsed.ok ? null : parsed.errors.map((error) => <li key={error}>{error}</li>)}
        </ul>
        <p>
          <Link href="/admin/figures">Show all figures</Link>
        </p>
      </div>
    );
  }

  const page = figures.data;
  const updating = figures.isFetching && figures.isPlaceholderData;
  const error = figures.error;
  const pageCount = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  const first = page ? (page.page - 1) * page.pageSize + 1 : 0;
  const last = page ? first + page.rows.length - 1 : 0;

  function sortBy(column: AdminListQuery["sort"]) {
    if (!query) return;
    const dir = query.sort === column ? (query.dir === "asc" ? "desc" : "asc") : firstDirection(column);
    show({ ...query, sort: column, dir, page: 1 });
  }

  const summary = !page
    ? "Loading figures…"
    : page.total === 0
      ? "No figure matches these filters."
      : page.rows.length === 0
        ? `This page is past the end: there are ${page.total} figures.`
        : `Figures ${first}–${last} of ${page.total}`;

  return (
    <>
      <AdminListFilters query={query} options={options} onChange={(next) => show({ ...next, page: 1 })} />
      {error ? <ListLoadError error={error} plural="figures" returnPath={`${pathname}${queryString}`} resetHref="/admin/figures" /> : null}
      <div className="result-bar">
        <p role="status" aria-live="polite" className="result-count">
          {updating ? "Updating… " : null}
          {summary}
        </p>
      </div>
      {page && page.rows.length > 0 ? (
        <div aria-busy={updating} className={updating ? "updating" : undefined}>
          <div className={styles.scroll} role="region" aria-label={`${summary}, sorted by ${query.sort}`} tabIndex={0}>
            <table className={styles.table}>
              <caption className="visually-hidden">
                {summary}. Column headers with buttons sort the list.
              </caption>
              <thead>
                <tr>
                  <SortColumn column="id" label="ID" query={query} onSort={sortBy} />
                  <SortColumn column="metric" label="Metric" query={query} onSort={sortBy} />
                  <th scope="col">Route</th>
                  <th scope="col">Subject</th>
                  <SortColumn column="period" label="Period" query={query} onSort={sortBy} />
                  <SortColumn column="value" label="Value" query={query} onSort={sortBy} numeric />
                  <th scope="col">Status</th>
                  <th scope="col">Source</th>
                  <SortColumn column="updated" label="Updated (UTC)" query={query} onSort={sortBy} />
                  <th scope="col">
                    <span className="visually-hidden">History</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((figure) => (
                  <FigureRow key={figure.id} figure={figure} />
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
      {page && page.total > 0 && page.rows.length === 0 ? (
        <p>
          <button type="button" className="secondary" onClick={() => show({ ...query, page: 1 })}>
            Go to the first page
          </button>
        </p>
      ) : null}
      {page ? (
        <Pager
          page={query.page}
          pageCount={pageCount}
          pageSize={query.pageSize}
          onPage={(next) => show({ ...query, page: next })}
          onPageSize={(pageSize) => show({ ...query, pageSize, page: 1 })}
        />
      ) : null}
    </>
  );
}

function SortColumn({
  column,
  label,
  query,
  onSort,
  numeric = false,
}: {
  column: AdminListQuery["sort"];
  label: string;
  query: AdminListQuery;
  onSort: (column: AdminListQuery["sort"]) => void;
  numeric?: boolean;
}) {
  return <SortHeader label={label} active={query.sort === column} ascending={query.dir === "asc"} onSort={() => onSort(column)} numeric={numeric} />;
}

function FigureRow({ figure }: { figure: FigureView }) {
  const deleted = Boolean(figure.deletedAt);
  const editHref = `/admin/figures/${figure.id}` as Route;
  const historyHref = `/admin/figures/${figure.id}/history` as Route;
  return (
    <tr className={deleted ? styles.deletedRow : undefined}>
      <td className={styles.number}>{figure.id}</td>
      <td className={styles.metricCell}>{figure.metric.name}</td>
      <td>{figure.route ? figure.route.name : <span className={styles.muted}>no single route</span>}</td>
      <td className={styles.subjectCell}>
        <Link href={editHref}>{figure.subject}</Link>
        {deleted ? (
          <>
            {" "}
            <span className={styles.deletedTag}>deleted</span>
          </>
        ) : null}
      </td>
      <td>{figure.periodLabel ?? formatPeriod(figure.periodStart, figure.periodEnd) ?? <span className={styles.muted}>none</span>}</td>
      <td className={styles.number}>{formatValue(figure.value, figure.metric.unit)}</td>
      <td>{figure.status}</td>
      <td>{figure.source.publisher}</td>
      <td className={styles.nowrap}>
        <time dateTime={figure.updatedAt} title={formatTimestamp(figure.updatedAt)}>
          {formatTimestamp(figure.updatedAt, { short: true })}
        </time>
      </td>
      <td>
        <Link href={historyHref}>
          {deleted ? "Restore from history" : "History"}
          <span className="visually-hidden"> of figure {figure.id}</span>
        </Link>
      </td>
    </tr>
  );
}
