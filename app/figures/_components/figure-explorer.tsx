"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { CsvLink } from "@/app/_components/csv-link";
import { FiguresTable } from "@/components/tables/figures-table";
import { figuresCsvUrl } from "@/lib/csv/csv-urls";
import type { FigureView } from "@/lib/data/types";
import { figureFilterKeys, toQueryString, type FigureFilter } from "@/lib/filters/figure-filter";
import { parseFigureQuery } from "@/lib/filters/parse-figure-query";
import { HttpError } from "@/lib/query/http-error";
import { fetchFigures } from "./fetch-figures";
import { FilterForm, type FilterOptions, type FilterValues } from "./filter-form";

export type ExplorerInitial = { figures: FigureView[]; errors: string[] };

function describeFilter(filter: FigureFilter, options: FilterOptions): string {
  const parts: string[] = [];
  if (filter.metric) parts.push(options.metrics.find((m) => m.slug === filter.metric)?.name ?? filter.metric);
  if (filter.route) parts.push(options.routes.find((r) => r.slug === filter.route)?.name ?? filter.route);
  if (filter.status) parts.push(`status ${filter.status}`);
  if (filter.from && filter.to) parts.push(`periods overlapping ${filter.from} to ${filter.to}`);
  else if (filter.from) parts.push(`periods ending on or after ${filter.from}`);
  else if (filter.to) parts.push(`periods starting on or before ${filter.to}`);
  return parts.length > 0 ? parts.join("; ") : "all figures";
}

/**
 * The figure explorer. The server renders the first view (figures or the filter's errors) and hands it over as
 * `initial`; later filter changes rewrite the URL in place (history.replaceState, which Next.js's router follows:
 * the server page is not re-rendered) and fetch GET /api/figures through TanStack Query, so a shared link and
 * the back button both show the same selection.
 */
export function FigureExplorer({ initial, options }: { initial: ExplorerInitial; options: FilterOptions }) {
  const query = useSearchParams().toString();
  // The URL the server rendered: its result is already on the page, so it is neither fetched nor re-checked.
  const [initialQuery] = useState(query);
  const isInitial = query === initialQuery;
  const parsed = parseFigureQuery(new URLSearchParams(query));
  const filter = parsed.ok ? parsed.filter : null;
  const serverRejected = isInitial && initial.errors.length > 0;

  const figures = useQuery({
    queryKey: ["figures", filter ? toQueryString(filter) : query],
    queryFn: ({ signal }) => fetchFigures(filter ?? {}, signal),
    enabled: filter !== null && !serverRejected,
    initialData: isInitial && !serverRejected ? initial.figures : undefined,
    placeholderData: keepPreviousData,
  });

  const errors = serverRejected
    ? initial.errors
    : !parsed.ok
      ? parsed.errors
      : figures.error instanceof HttpError && figures.error.issues.length > 0
        ? figures.error.issues
        : [];
  const failure = errors.length === 0 && figures.error ? figures.error.message : null;
  const rows = errors.length > 0 || failure ? [] : (figures.data ?? []);
  const updating = figures.isFetching && figures.isPlaceholderData;

  // The form shows what the URL says, even a refused value, so it can be corrected where it stands.
  const params = new URLSearchParams(query);
  const values: FilterValues = Object.fromEntries(figureFilterKeys.flatMap((key) => (params.has(key) ? [[key, params.get(key)!]] : [])));

  function applyFilter(next: FilterValues) {
    const search = new URLSearchParams();
    for (const key of figureFilterKeys) if (next[key]) search.set(key, next[key]);
    const text = search.toString();
    window.history.replaceState(null, "", text ? `/figures?${text}` : "/figures");
  }

  return (
    <>
      <FilterForm filter={values} options={options} onChange={applyFilter} />
      {errors.length > 0 ? (
        <div role="alert" className="alert">
          <p>
            <strong>These filters cannot be applied</strong>, so no figures are shown:
          </p>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
          <p>
            <Link href="/figures">Show all figures</Link>
          </p>
        </div>
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
              {figures.data === undefined ? "Loading figures…" : `${rows.length} ${rows.length === 1 ? "figure" : "figures"}: ${describeFilter(filter, options)}`}
            </p>
            <CsvLink href={figuresCsvUrl(filter)} of={`the ${rows.length} figures shown`} />
          </div>
          <div aria-busy={updating} className={updating ? "updating" : undefined}>
            {rows.length === 0 && figures.data !== undefined ? <p>No figure matches these filters.</p> : null}
            <FiguresTable figures={rows} caption={`${rows.length} ${rows.length === 1 ? "figure" : "figures"}: ${describeFilter(filter, options)}`} showMetric showRoute />
          </div>
        </>
      ) : null}
    </>
  );
}
