"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import type { RecordType } from "@/lib/admin/records/record-types";
import styles from "../admin.module.css";
import { formatTimestamp } from "../format-timestamp";
import { Pager, SortHeader } from "../list-controls";
import { ListLoadError } from "../list-load-error";
import { fetchRecordList, recordKeys } from "./record-api";
import type { RecordConfig, RecordOptions } from "./record-config";
import { recordConfigs } from "./record-configs";
import { firstDirection, viewQueryString, type ListView } from "./record-list-url";
import { capitalise } from "@/lib/format/capitalise";
import { lastValues } from "@/lib/filters/search-params";
import { showAddress, useAddressQuery } from "@/components/url-state/address";

type View = ListView;

/**
 * The editors' list of any kind of record: filtered, searched, sorted and paged by the server (GET
 * /api/admin/<kind>, through TanStack Query). The view lives in the address (record-list-url.ts), read the way the
 * server reads it (lastValues); changing it pushes a history entry (showAddress, which Next.js's router follows
 * without re-rendering the server page), so it can be shared, reloaded and left with the back button. "Deleted" lists what was deleted, each with a way
 * to its history to restore it. The first column is the record's main one and links to its edit page; on a narrow
 * screen each row is a card of labelled cells, so nothing needs scrolling sideways.
 */
export function RecordList({ type, options }: { type: RecordType; options: RecordOptions }) {
  const config = recordConfigs[type];
  const pathname = usePathname();
  const view: View = lastValues(new URLSearchParams(useAddressQuery()));
  const queryString = viewQueryString(config, view);
  const sort = view.sort ?? config.defaultSort;
  const dir = view.dir ?? config.defaultDir;
  const showingDeleted = view.deleted === "only";

  const list = useQuery({
    queryKey: recordKeys.list(type, queryString),
    queryFn: ({ signal }) => fetchRecordList(type, queryString, signal),
    placeholderData: keepPreviousData,
    // Other editors change records too: whenever the list is shown again it asks the server.
    staleTime: 0,
  });

  function show(next: View) {
    showAddress(`/admin/${config.plural}${viewQueryString(config, next)}`, "list");
  }

  const page = list.data;
  const updating = list.isFetching && list.isPlaceholderData;
  const error = list.error;
  const pageNumber = page?.page ?? 1;
  const pageCount = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  const first = page ? (page.page - 1) * page.pageSize + 1 : 0;
  const last = page ? first + page.rows.length - 1 : 0;
  const plural = showingDeleted ? `deleted ${config.plural}` : config.plural;
  const summary = !page
    ? error
      ? `The ${config.plural} could not be loaded.`
      : `Loading ${config.plural}…`
    : page.total === 0
      ? `No ${plural.replace(/s$/, "")} matches.`
      : page.rows.length === 0
        ? `This page is past the end: there are ${page.total} ${plural}.`
        : `${capitalise(plural)} ${first}–${last} of ${page.total}`;

  function sortBy(column: string) {
    const nextDir = sort === column ? (dir === "asc" ? "desc" : "asc") : firstDirection(config, column);
    show({ ...view, sort: column, dir: nextDir, page: "1" });
  }

  return (
    <>
      <RecordFilters config={config} options={options} view={view} onChange={(next) => show({ ...next, page: "1" })} />
      {error ? (
        <ListLoadError
          error={error}
          plural={config.plural}
          returnPath={`${pathname}${queryString}`}
          resetHref={`/admin/${config.plural}`}
        />
      ) : null}
      <div className="result-bar">
        <p role="status" aria-live="polite" className="result-count">
          {updating ? "Updating… " : null}
          {summary}
        </p>
      </div>
      {page && page.rows.length > 0 ? (
        <div aria-busy={updating} className={updating ? "updating" : undefined}>
          <div className={styles.scroll} role="region" aria-label={summary} tabIndex={0}>
            <table className={`${styles.table} ${styles.recordTable}`}>
              <caption className="visually-hidden">{summary}. Column headers with buttons sort the list.</caption>
              <thead>
                <tr>
                  {config.columns.map((column) =>
                    column.sort && !showingDeleted ? (
                      <SortHeader
                        key={column.label}
                        label={column.label}
                        active={sort === column.sort}
                        ascending={dir === "asc"}
                        onSort={() => sortBy(column.sort!)}
                        numeric={column.numeric}
                      />
                    ) : (
                      <th key={column.label} scope="col" className={column.numeric ? styles.number : undefined}>
                        {column.label}
                      </th>
                    ),
                  )}
                  {config.updatedSort && !showingDeleted ? (
                    <SortHeader
                      label="Updated (UTC)"
                      active={sort === config.updatedSort}
                      ascending={dir === "asc"}
                      onSort={() => sortBy(config.updatedSort!)}
                    />
                  ) : (
                    <th scope="col">{showingDeleted ? "Deleted (UTC)" : "Updated (UTC)"}</th>
                  )}
                  <th scope="col">
                    <span className="visually-hidden">History</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((row) => (
                  <tr key={row.id} className={row.deleted ? styles.deletedRow : undefined}>
                    {config.columns.map((column, index) => (
                      <td
                        key={column.label}
                        data-label={index === 0 ? undefined : column.label}
                        className={
                          [index === 0 ? styles.mainCell : "", column.numeric ? styles.number : "", column.nowrap ? styles.nowrap : ""]
                            .join(" ")
                            .trim() || undefined
                        }
                      >
                        {index === 0 && !row.deleted ? (
                          <Link href={`/admin/${config.plural}/${row.id}` as Route}>{column.render(row, options)}</Link>
                        ) : (
                          column.render(row, options)
                        )}
                        {index === 0 && row.deleted ? (
                          <>
                            {" "}
                            <span className={styles.deletedTag}>deleted</span>
                          </>
                        ) : null}
                      </td>
                    ))}
                    <td className={styles.nowrap} data-label={row.deleted ? "Deleted (UTC)" : "Updated (UTC)"}>
                      <time dateTime={row.updatedAt} title={formatTimestamp(row.updatedAt)}>
                        {formatTimestamp(row.updatedAt, { short: true })}
                      </time>
                    </td>
                    <td className={styles.nowrap}>
                      <Link href={`/admin/${config.plural}/${row.id}/history` as Route}>
                        {row.deleted ? "Restore from history" : "History"}
                        <span className="visually-hidden">
                          {" "}
                          of {config.noun} {row.id}
                        </span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
      {page && page.total > 0 && page.rows.length === 0 ? (
        <p>
          <button type="button" className="secondary" onClick={() => show({ ...view, page: "1" })}>
            Go to the first page
          </button>
        </p>
      ) : null}
      {page ? (
        <Pager
          page={pageNumber}
          pageCount={pageCount}
          pageSize={page.pageSize}
          onPage={(next) => show({ ...view, page: String(next) })}
          onPageSize={(size) => show({ ...view, pageSize: String(size), page: "1" })}
        />
      ) : null}
    </>
  );
}

/**
 * Search and filters. Selects apply as soon as one is chosen; text when the form is submitted (Enter or
 * "Search") or left, so typing does not fire a request per key. Keyed by the address, so it follows it.
 */
function RecordFilters({
  config,
  options,
  view,
  onChange,
}: {
  config: RecordConfig;
  options: RecordOptions;
  view: View;
  onChange: (view: View) => void;
}) {
  const id = useId();
  const textFields = ["q", ...config.filters.filter((filter) => filter.text).map((filter) => filter.name)];
  const textOf = (from: View) => Object.fromEntries(textFields.map((name) => [name, from[name] ?? ""]));
  // Text is edited here and follows the address when that changes elsewhere (back button, "Clear"): React's
  // "adjust state when a prop changes" pattern. The controls stay the same elements, so focus stays where it is.
  const [text, setText] = useState<View>(() => textOf(view));
  const urlText = JSON.stringify(textOf(view));
  const [seenUrlText, setSeenUrlText] = useState(urlText);
  if (seenUrlText !== urlText) {
    setSeenUrlText(urlText);
    setText(textOf(view));
  }

  function applyText() {
    if (textFields.some((name) => (text[name] ?? "").trim() !== (view[name] ?? ""))) onChange({ ...view, ...text });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    applyText();
  }

  return (
    <form className="filter-form" role="search" aria-label={`Filter ${config.plural}`} onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          value={text.q}
          onChange={(event) => setText({ ...text, q: event.target.value })}
          onBlur={applyText}
        />
      </div>
      {config.filters.map((filter) => (
        <div key={filter.name} className="field">
          <label htmlFor={`${id}-${filter.name}`}>{filter.label}</label>
          {filter.text ? (
            <input
              id={`${id}-${filter.name}`}
              type="text"
              value={text[filter.name]}
              onChange={(event) => setText({ ...text, [filter.name]: event.target.value })}
              onBlur={applyText}
            />
          ) : (
            <select
              id={`${id}-${filter.name}`}
              value={view[filter.name] ?? ""}
              onChange={(event) => onChange({ ...view, [filter.name]: event.target.value })}
            >
              <option value="">{filter.all}</option>
              {[...(filter.leading ?? []), ...(filter.options ?? options[filter.name] ?? [])].map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-deleted`}>Show</label>
        <select
          id={`${id}-deleted`}
          value={view.deleted ?? "exclude"}
          onChange={(event) => onChange({ ...view, deleted: event.target.value })}
        >
          <option value="exclude">Current {config.plural}</option>
          {config.listsDeletedBeside ? <option value="include">Current and deleted {config.plural}</option> : null}
          <option value="only">Deleted {config.plural}</option>
        </select>
      </div>
      <div className="field field-actions">
        <button type="submit">Search</button>
        <button type="button" className="secondary" onClick={() => onChange({ pageSize: view.pageSize ?? "" })}>
          Clear
        </button>
      </div>
    </form>
  );
}
