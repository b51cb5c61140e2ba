"use client";

import { useId, useState, type FormEvent } from "react";
import type { AdminListQuery } from "@/lib/admin/figures/admin-list-query";
import { figureStatuses } from "@/lib/filters/figure-filter";
import { listDefaults } from "./admin-list-url";

export type AdminListOptions = {
  metrics: { slug: string; name: string; unit: string }[];
  routes: { slug: string; name: string }[];
};

type Props = { query: AdminListQuery; options: AdminListOptions; onChange: (query: AdminListQuery) => void };

const deletedChoices: { value: AdminListQuery["deleted"]; label: string }[] = [
  { value: "exclude", label: "Hide deleted" },
  { value: "include", label: "Include deleted" },
  { value: "only", label: "Only deleted" },
];

/**
 * The list's filters. Lists apply as soon as one is chosen; the two text fields when the form is submitted (Enter
 * or "Search") or left, so typing does not fire a request per key.
 */
export function AdminListFilters({ query, options, onChange }: Props) {
  const id = useId();
  // Text is edited locally and follows the URL when that changes from elsewhere (back button, "Clear"): React's
  // "adjust state when a prop changes" pattern, without an effect.
  const [text, setText] = useState({ source: query.source ?? "", q: query.q ?? "" });
  const [urlText, setUrlText] = useState({ source: query.source, q: query.q });
  if (urlText.source !== query.source || urlText.q !== query.q) {
    setUrlText({ source: query.source, q: query.q });
    setText({ source: query.source ?? "", q: query.q ?? "" });
  }

  function set<Key extends keyof AdminListQuery>(key: Key, value: AdminListQuery[Key] | "") {
    onChange({ ...query, [key]: value === "" ? undefined : value });
  }

  function applyText() {
    const source = text.source.trim() || undefined;
    const q = text.q.trim() || undefined;
    if (source !== query.source || q !== query.q) onChange({ ...query, source, q });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    applyText();
  }

  return (
    <form className="filter-form" role="search" aria-label="Filter figures" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          value={text.q}
          onChange={(event) => setText({ ...text, q: event.target.value })}
          onBlur={applyText}
          aria-describedby={`${id}-q-hint`}
        />
        <span id={`${id}-q-hint`} className="visually-hidden">
          Subject, note, period label, source title or metric name; or an exact value
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-metric`}>Metric</label>
        <select id={`${id}-metric`} value={query.metric ?? ""} onChange={(event) => set("metric", event.target.value)}>
          <option value="">All metrics</option>
          {options.metrics.map((metric) => (
            <option key={metric.slug} value={metric.slug}>
              {metric.name} ({metric.unit})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-route`}>Route</label>
        <select id={`${id}-route`} value={query.route ?? ""} onChange={(event) => set("route", event.target.value)}>
          <option value="">All routes</option>
          <option value="none">No single route</option>
          {options.routes.map((route) => (
            <option key={route.slug} value={route.slug}>
              {route.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={query.status ?? ""}
          onChange={(event) => set("status", event.target.value as AdminListQuery["status"] | "")}
        >
          <option value="">Any status</option>
          {figureStatuses.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>Source publisher</label>
        <input
          id={`${id}-source`}
          type="text"
          value={text.source}
          onChange={(event) => setText({ ...text, source: event.target.value })}
          onBlur={applyText}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-deleted`}>Deleted figures</label>
        <select
          id={`${id}-deleted`}
          value={query.deleted}
          onChange={(event) => onChange({ ...query, deleted: event.target.value as AdminListQuery["deleted"] })}
        >
          {deletedChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-actions">
        <button type="submit">Search</button>
        <button
          type="button"
          className="secondary"
          onClick={() => onChange({ ...listDefaults, sort: query.sort, dir: query.dir, pageSize: query.pageSize })}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
