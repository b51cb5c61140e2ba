"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { SelectionErrors } from "@/app/_components/selection-errors";
import { useState } from "react";
import { CsvLink } from "@/app/_components/csv-link";
import { Pager } from "@/app/_components/pager";
import { FiguresTable } from "@/components/tables/figures-table";
import { showAddress, useAddressQuery } from "@/components/url-state/address";
import { figuresCsvUrl } from "@/lib/csv/csv-urls";
import type { FiguresPage } from "@/lib/data/types";
import { figureFilterKeys, type FigureFilter } from "@/lib/filters/figure-filter";
import { queryString } from "@/lib/filters/search-params";
import { takeAsOf, withAsOf } from "@/lib/filters/as-of";
import {
  figureSortLabels,
  listQueryString,
  parseFigureListQuery,
  type FigureSort,
  type FigureSortColumn,
} from "@/lib/filters/figure-list-query";
import { ApiError } from "@/lib/http/api-error";
import { FiguresPageSchema } from "@/lib/api/response-schemas";
import { fetchApi } from "@/lib/http/fetch-api";
import { FilterForm, type FilterOptions, type FilterValues } from "./filter-form";

export type ExplorerInitial = { page: FiguresPage | null; errors: string[] };

function describeFilter(filter: FigureFilter, options: FilterOptions): string {
  const parts: string[] = [];
  if (filter.metric) parts.push(options.metrics.find((m) => m.slug === filter.metric)?.name ?? filter.metric);
  if (filter.route) parts.push(options.routes.find((r) => r.slug === filter.route)?.name ?? filter.route);
  if (filter.status) parts.push(`status ${filter.status}`);
  if (filter.source) parts.push(`source ${filter.source}`);
  if (filter.q) parts.push(`matching “${filter.q}”`);
  if (filter.from && filter.to) parts.push(`periods overlapping ${filter.from} to ${filter.to}`);
  else if (filter.from) parts.push(`periods ending on or after ${filter.from}`);
  else if (filter.to) parts.push(`periods starting on or before ${filter.to}`);
  return parts.length > 0 ? parts.join("; ") : "all figures";
}

function describeSort(sort: FigureSort): string {
  return sort ? `, sorted by ${figureSortLabels[sort.column].toLowerCase()} (${sort.dir === "asc" ? "ascending" : "descending"})` : "";
}

/** The keys the explorer keeps in the URL besides the page: the selection and the order. */
const urlKeys = [...figureFilterKeys, "sort", "dir"] as const;

/**
 * The figure explorer. The server renders the first view (a page of figures or the filter's errors) and hands it
 * over as `initial`; later filter, order and page changes push a new address (showAddress: Next.js's router
 * follows it and the server page is not re-rendered) and fetch GET /api/figures through TanStack Query, so a
 * shared link shows the same selection and the back button the one before. A hundred figures to a page, however many match;
 * the CSV link gives the whole selection.
 */
export function FigureExplorer({ initial, options }: { initial: ExplorerInitial; options: FilterOptions }) {
  const query = useAddressQuery();
  // The URL the server rendered: its result is already on the page, so it is neither fetched nor re-checked.
  const [initialQuery] = useState(query);
  const isInitial = query === initialQuery;
  // A view of the past (`asOf`, read apart from the list's keys) stays in the past through every address built here.
  const { asOf, rest } = takeAsOf(new URLSearchParams(query));
  const at = <Href extends string>(href: Href) => withAsOf(href, asOf);
  const parsed = parseFigureListQuery(rest);
  const filter = parsed.ok ? parsed.filter : null;
  const pageNumber = parsed.ok ? parsed.page : 1;
  const sort = parsed.ok ? parsed.sort : null;
  const listQuery = filter ? listQueryString(filter, sort, pageNumber) : "";
  const serverRejected = isInitial && initial.errors.length > 0;

  const figures = useQuery({
    queryKey: ["figures", filter ? listQuery : query],
    queryFn: ({ signal }) => fetchApi(at(`/api/figures${listQuery}`), FiguresPageSchema, { signal }),
    enabled: filter !== null && !serverRejected,
    initialData: isInitial && !serverRejected ? (initial.page ?? undefined) : undefined,
    placeholderData: keepPreviousData,
  });

  const errors = serverRejected
    ? initial.errors
    : !parsed.ok
      ? parsed.errors
      : figures.error instanceof ApiError && figures.error.issues.length > 0
        ? figures.error.issues
        : [];
  const failure = errors.length === 0 && figures.error ? figures.error.message : null;
  const page = errors.length > 0 || failure ? undefined : figures.data;
  const rows = page?.figures ?? [];
  const updating = figures.isFetching && figures.isPlaceholderData;
  const total = page?.total ?? 0;
  const pageCount = page ? Math.max(1, Math.ceil(total / page.pageSize)) : 1;
  const first = page ? (page.page - 1) * page.pageSize + 1 : 0;
  const paged = total > (page?.pageSize ?? Infinity);

  // The form shows what the URL says, even a refused value, so it can be corrected where it stands.
  const params = new URLSearchParams(query);
  const values: FilterValues = Object.fromEntries(urlKeys.flatMap((key) => (params.has(key) ? [[key, params.get(key)!]] : [])));

  function showPage(next: number) {
    if (!filter) return;
    showAddress(at(`/figures${listQueryString(filter, sort, next)}`), "list");
  }

  /** A new selection or order starts again at the first page. */
  function applyFilter(next: FilterValues) {
    // Written as typed, valid or not: the address then says what is wrong with it, as the server would.
    showAddress(at(`/figures${queryString(urlKeys.map((key) => [key, next[key]]))}`), "list");
  }

  /** A header sorts by its column, ascending first; the sorted column's header reverses the order. */
  function nextSort(column: FigureSortColumn): FigureSort {
    return { column, dir: sort?.column === column && sort.dir === "asc" ? "desc" : "asc" };
  }

  return (
    <>
      <FilterForm filter={values} options={options} onChange={applyFilter} />
      {errors.length > 0 ? (
        <SelectionErrors
          errors={errors}
          lead={
            <>
              <strong>These filters cannot be applied</strong>, so no figures are shown:
            </>
          }
          back={{ href: "/figures", text: "Show all figures" }}
        />
      ) : null}
      {failure ? (
        <div role="alert" className="alert">
          <p>The figures could not be loaded: {failure}. Try again in a moment.</p>
        </div>
      ) : null}
      {errors.length === 0 && !failure && filter ? (
        <>
          <div className="result-bar">
            <p role="status" aria-live="polite" className="result-count">
              {updating ? "Updating… " : null}
              {page === undefined
                ? "Loading figures…"
                : `${describeCount(total, first, rows.length, paged)}: ${describeFilter(filter, options)}${describeSort(sort)}`}
            </p>
            <CsvLink
              href={at(figuresCsvUrl(filter))}
              of={paged ? `all ${total.toLocaleString("en")} figures of this selection` : `the ${rows.length} figures shown`}
            />
          </div>
          <div aria-busy={updating} className={updating ? "updating" : undefined}>
            {total === 0 && page !== undefined ? <p>No figure matches these filters.</p> : null}
            {total > 0 && rows.length === 0 && page !== undefined ? (
              <p>
                This page is past the end.{" "}
                <a
                  href={at(`/figures${listQueryString(filter, sort, 1)}`)}
                  onClick={(event) => {
                    event.preventDefault();
                    showPage(1);
                  }}
                >
                  Go to the first page
                </a>
                .
              </p>
            ) : null}
            <FiguresTable
              figures={rows}
              caption={`${describeCount(total, first, rows.length, paged)}: ${describeFilter(filter, options)}${describeSort(sort)}`}
              showMetric
              showRoute
              sorting={{
                sort,
                href: (column) => at(`/figures${listQueryString(filter, nextSort(column), 1)}`),
                onSort: (column) => showAddress(at(`/figures${listQueryString(filter, nextSort(column), 1)}`), "list"),
              }}
            />
          </div>
          {page ? (
            <Pager
              label="Pages of figures"
              page={page.page}
              pageCount={pageCount}
              href={(to) => at(`/figures${listQueryString(filter, sort, to)}`)}
              onShow={showPage}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** "38 figures" while one page holds them all; "Figures 101–200 of 1,234" once there are pages. */
function describeCount(total: number, first: number, shown: number, paged: boolean): string {
  if (!paged) return `${total} ${total === 1 ? "figure" : "figures"}`;
  return shown === 0
    ? `${total.toLocaleString("en")} figures`
    : `Figures ${first.toLocaleString("en")}–${(first + shown - 1).toLocaleString("en")} of ${total.toLocaleString("en")}`;
}
