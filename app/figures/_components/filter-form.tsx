"use client";

import { useId, useState, type FormEvent } from "react";
import { figureStatuses, searchLength, type FigureFilterKey } from "@/lib/filters/figure-filter";
import { figureSortColumns, figureSortLabels } from "@/lib/filters/figure-list-query";
import { SelectField } from "@/components/select-field";

export type FilterOptions = {
  routes: { slug: string; name: string }[];
  metrics: { slug: string; name: string; unit: string }[];
  /** Source publishers as cited, offered as suggestions for the source field. */
  publishers: string[];
};

/** The fields as written in the URL, valid or not: a refused value stays visible so it can be corrected. */
export type FilterValues = Partial<Record<FigureFilterKey | "sort" | "dir", string>>;

/** The text fields, edited locally and applied when left or submitted, so a half-typed value never fires a request. */
const typedKeys = ["q", "source", "from", "to"] as const;
type TypedKey = (typeof typedKeys)[number];
type Typed = Record<TypedKey, string>;
const typedFrom = (filter: FilterValues): Typed => ({
  q: filter.q ?? "",
  source: filter.source ?? "",
  from: filter.from ?? "",
  to: filter.to ?? "",
});

type Props = { filter: FilterValues; options: FilterOptions; onChange: (filter: FilterValues) => void };

/**
 * The explorer's filters, search and order. Lists apply as soon as one is chosen; dates, the source and the
 * search apply when the field is left or the form is submitted, so a half-typed word never fires a request. Without JavaScript it is a plain GET form to
 * /figures, which the server renders the same way.
 */
export function FilterForm({ filter, options, onChange }: Props) {
  const id = useId();
  // The typed fields are edited locally and follow the URL when it changes from elsewhere (Clear, a link): React's
  // "adjust state when a prop changes" pattern, without an effect. Only a field whose URL value changed is reset,
  // so applying "from" never wipes a "to" being typed.
  const [typed, setTyped] = useState<Typed>(() => typedFrom(filter));
  const [urlTyped, setUrlTyped] = useState<Typed>(() => typedFrom(filter));
  const fromUrl = typedFrom(filter);
  if (typedKeys.some((key) => urlTyped[key] !== fromUrl[key])) {
    setUrlTyped(fromUrl);
    setTyped(Object.fromEntries(typedKeys.map((key) => [key, urlTyped[key] !== fromUrl[key] ? fromUrl[key] : typed[key]])) as Typed);
  }

  function change(key: keyof FilterValues, value: string) {
    onChange({ ...filter, [key]: value === "" ? undefined : value });
  }

  function applyTyped() {
    if (typedKeys.some((key) => typed[key] !== fromUrl[key])) {
      onChange({ ...filter, ...Object.fromEntries(typedKeys.map((key) => [key, typed[key].trim() === "" ? undefined : typed[key]])) });
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    applyTyped();
  }

  function typedField(key: TypedKey) {
    return {
      id: `${id}-${key}`,
      name: key,
      value: typed[key],
      onChange: (event: { target: { value: string } }) => {
        const value = event.target.value;
        setTyped((current) => ({ ...current, [key]: value }));
      },
      onBlur: applyTyped,
    };
  }

  return (
    <form className="filter-form" method="get" action="/figures" onSubmit={submit} aria-label="Filter figures">
      <SelectField
        id={`${id}-route`}
        label="Route"
        name="route"
        anyLabel="All routes"
        options={options.routes.map((route) => ({ value: route.slug, label: route.name }))}
        value={filter.route ?? ""}
        onChange={(event) => change("route", event.target.value)}
      />
      <SelectField
        id={`${id}-metric`}
        label="Metric"
        name="metric"
        anyLabel="All metrics"
        options={options.metrics.map((metric) => ({ value: metric.slug, label: `${metric.name} (${metric.unit})` }))}
        value={filter.metric ?? ""}
        onChange={(event) => change("metric", event.target.value)}
      />
      <SelectField
        id={`${id}-status`}
        label="Status"
        name="status"
        anyLabel="Any status"
        options={figureStatuses.map((status) => ({ value: status, label: status }))}
        value={filter.status ?? ""}
        onChange={(event) => change("status", event.target.value)}
      />
      <div className="field">
        <label htmlFor={`${id}-from`}>Period from</label>
        <input type="date" {...typedField("from")} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Period to</label>
        <input type="date" {...typedField("to")} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>Source</label>
        <input type="text" list={`${id}-publishers`} autoComplete="off" placeholder="Any source" {...typedField("source")} />
        <datalist id={`${id}-publishers`}>
          {options.publishers.map((publisher) => (
            <option key={publisher} value={publisher} />
          ))}
        </datalist>
      </div>
      <div className="field field-search">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          type="search"
          minLength={searchLength.min}
          maxLength={searchLength.max}
          placeholder="Words in a metric, route, subject, source or note"
          {...typedField("q")}
        />
      </div>
      <SelectField
        id={`${id}-sort`}
        label="Sort by"
        name="sort"
        anyLabel="Metric, then period"
        options={figureSortColumns.map((column) => ({ value: column, label: figureSortLabels[column] }))}
        value={filter.sort ?? ""}
        onChange={(event) =>
          onChange({ ...filter, sort: event.target.value || undefined, dir: event.target.value ? (filter.dir ?? "asc") : undefined })
        }
      />
      <div className="field">
        <label htmlFor={`${id}-dir`}>Order</label>
        <select
          id={`${id}-dir`}
          name="dir"
          value={filter.dir ?? (filter.sort ? "asc" : "")}
          disabled={!filter.sort}
          onChange={(event) => change("dir", event.target.value)}
        >
          {filter.sort ? null : <option value="">—</option>}
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </div>
      <div className="field field-actions">
        <button type="submit">Apply</button>
        <button type="button" className="secondary" onClick={() => onChange({})}>
          Clear
        </button>
      </div>
    </form>
  );
}
