"use client";

import styles from "./admin.module.css";

// The sortable column header and the pager of the admin lists (figures, routes, metrics, events).

export const pageSizes = [10, 25, 50, 100] as const;

export function SortHeader({
  label,
  active,
  ascending,
  onSort,
  numeric = false,
}: {
  label: string;
  active: boolean;
  ascending: boolean;
  onSort: () => void;
  numeric?: boolean;
}) {
  return (
    <th
      scope="col"
      aria-sort={active ? (ascending ? "ascending" : "descending") : undefined}
      className={numeric ? styles.number : undefined}
    >
      <button type="button" className={styles.sortButton} onClick={onSort}>
        {label}
        <span aria-hidden="true" className={active ? styles.sortActive : styles.sortIdle}>
          {active ? (ascending ? " ▲" : " ▼") : " ↕"}
        </span>
      </button>
    </th>
  );
}

export function Pager({
  page,
  pageCount,
  pageSize,
  onPage,
  onPageSize,
}: {
  page: number;
  pageCount: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
}) {
  return (
    <nav aria-label="Pages" className="pager">
      <button type="button" className="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        <span aria-hidden="true">← </span>Previous page
      </button>
      <span>
        Page {page} of {pageCount}
      </span>
      <button type="button" className="secondary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        Next page<span aria-hidden="true"> →</span>
      </button>
      <label className={styles.inlineField}>
        Per page{" "}
        <select value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
