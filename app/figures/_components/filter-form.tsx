"use client";

import { useId, useState, type FormEvent } from "react";
import { figureStatuses, type figureFilterKeys } from "@/lib/filters/figure-filter";

export type FilterOptions = {
  routes: { slug: string; name: string }[];
  metrics: { slug: string; name: string; unit: string }[];
};

/** The fields as written in the URL, valid or not: a refused value stays visible so it can be corrected. */
export type FilterValues = Partial<Record<(typeof figureFilterKeys)[number], string>>;

type Props = { filter: FilterValues; options: FilterOptions; onChange: (filter: FilterValues) => void };

/**
 * The explorer's filters. Lists apply as soon as one is chosen; dates apply when the field is left or the form
 * is submitted, so a half-typed year never fires a request. Without JavaScript it is a plain GET form to
 * /figures, which the server renders the same way.
 */
export function FilterForm({ filter, options, onChange }: Props) {
  const id = useId();
  // The date fields are edited locally and follow the URL when it changes from elsewhere (Clear, a link):
  // React's "adjust state when a prop changes" pattern, without an effect. Only the field whose URL value
  // changed is reset, so applying "from" never wipes a "to" being typed.
  const [dates, setDates] = useState({ from: filter.from ?? "", to: filter.to ?? "" });
  const [urlDates, setUrlDates] = useState({ from: filter.from, to: filter.to });
  if (urlDates.from !== filter.from || urlDates.to !== filter.to) {
    setUrlDates({ from: filter.from, to: filter.to });
    setDates({
      from: urlDates.from !== filter.from ? (filter.from ?? "") : dates.from,
      to: urlDates.to !== filter.to ? (filter.to ?? "") : dates.to,
    });
  }

  function change(key: keyof FilterValues, value: string) {
    onChange({ ...filter, [key]: value === "" ? undefined : value });
  }

  function applyDates() {
    if (dates.from !== (filter.from ?? "") || dates.to !== (filter.to ?? "")) {
      onChange({ ...filter, from: dates.from || undefined, to: dates.to || undefined });
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    applyDates();
  }

  return (
    <form className="filter-form" method="get" action="/figures" onSubmit={submit} aria-label="Filter figures">
      <div className="field">
        <label htmlFor={`${id}-route`}>Route</label>
        <select id={`${id}-route`} name="route" value={filter.route ?? ""} onChange={(event) => change("route", event.target.value)}>
          <option value="">All routes</option>
          {options.routes.map((route) => (
            <option key={route.slug} value={route.slug}>
              {route.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-metric`}>Metric</label>
        <select id={`${id}-metric`} name="metric" value={filter.metric ?? ""} onChange={(event) => change("metric", event.target.value)}>
          <option value="">All metrics</option>
          {options.metrics.map((metric) => (
            <option key={metric.slug} value={metric.slug}>
              {metric.name} ({metric.unit})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} name="status" value={filter.status ?? ""} onChange={(event) => change("status", event.target.value)}>
          <option value="">Any status</option>
          {figureStatuses.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>Period from</label>
        <input
          id={`${id}-from`}
          name="from"
          type="date"
          value={dates.from}
          onChange={(event) => {
            const from = event.target.value;
            setDates((current) => ({ ...current, from }));
          }}
          onBlur={applyDates}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Period to</label>
        <input
          id={`${id}-to`}
          name="to"
          type="date"
          value={dates.to}
          onChange={(event) => {
            const to = event.target.value;
            setDates((current) => ({ ...current, to }));
          }}
          onBlur={applyDates}
        />
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
