"use client";

import { useId } from "react";
import type { AppliedTrendView } from "@/lib/dashboard/apply-trend-view";
import { defaultTrendView, isDefaultTrendView, type TrendView } from "@/lib/filters/trend-view";
import styles from "./trend-controls.module.css";

// The reader's controls above a trend chart: years, values or index, linear or log, and which sources to show.
// Every change goes to the address (useTrendView); an option the data refuses is disabled, with the reason beside it.

export function TrendControls({
  view,
  applied,
  errors,
  onChange,
}: {
  view: TrendView;
  applied: AppliedTrendView;
  errors: string[];
  onChange: (view: TrendView) => void;
}) {
  const id = useId();
  const { years, publishers } = applied;
  const firstYear = years[0];
  const lastYear = years.at(-1);
  const hidden = new Set(view.hide);
  const shownCount = publishers.filter((publisher) => !hidden.has(publisher)).length;
  const change = (patch: Partial<TrendView>) => onChange({ ...view, ...patch });
  const yearChoice = (text: string) => (text === "" ? undefined : Number(text));

  return (
    <form className={styles.controls} aria-label="Chart view" onSubmit={(event) => event.preventDefault()}>
      {errors.length > 0 ? (
        <ul className={styles.problems} role="alert" aria-label="Problems with the chart's address">
          {errors.map((error) => (
            <li key={error}>{error}. The chart ignores it.</li>
          ))}
        </ul>
      ) : null}
      {firstYear !== undefined && lastYear !== undefined && lastYear > firstYear ? (
        <div className={styles.group}>
          <label htmlFor={`${id}-since`}>From</label>
          <select id={`${id}-since`} value={view.since ?? ""} onChange={(event) => change({ since: yearChoice(event.target.value) })}>
            <option value="">{firstYear} (first)</option>
            {years.map((year) => (
              <option key={year} value={year} disabled={view.until !== undefined && year > view.until}>
                {year}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-until`}>to</label>
          <select id={`${id}-until`} value={view.until ?? ""} onChange={(event) => change({ until: yearChoice(event.target.value) })}>
            <option value="">{lastYear} (last)</option>
            {years.map((year) => (
              <option key={year} value={year} disabled={view.since !== undefined && year < view.since}>
                {year}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <fieldset className={styles.group}>
        <legend>Show</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={applied.mode === "absolute"} onChange={() => change({ mode: "absolute" })} />
          Values
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={applied.mode === "indexed"}
            disabled={applied.indexRefusal !== null}
            aria-describedby={applied.indexRefusal ? `${id}-index-refusal` : undefined}
            onChange={() => change({ mode: "indexed" })}
          />
          Index (first period = 100)
        </label>
        {applied.indexRefusal ? (
          <span id={`${id}-index-refusal`} className={styles.reason}>
            {applied.indexRefusal}.
          </span>
        ) : null}
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Scale</legend>
        <label>
          <input type="radio" name={`${id}-scale`} checked={applied.scale === "linear"} onChange={() => change({ scale: "linear" })} />
          Linear
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-scale`}
            checked={applied.scale === "log"}
            disabled={applied.logRefusal !== null}
            aria-describedby={applied.logRefusal ? `${id}-log-refusal` : undefined}
            onChange={() => change({ scale: "log" })}
          />
          Log
        </label>
        {applied.logRefusal ? (
          <span id={`${id}-log-refusal`} className={styles.reason}>
            {applied.logRefusal}.
          </span>
        ) : null}
      </fieldset>
      {publishers.length > 1 ? (
        <details className={styles.sources}>
          <summary>
            Sources shown: {shownCount} of {publishers.length}
          </summary>
          <fieldset>
            <legend className="visually-hidden">Sources shown</legend>
            {publishers.map((publisher) => (
              <label key={publisher}>
                <input
                  type="checkbox"
                  checked={!hidden.has(publisher)}
                  onChange={(event) =>
                    change({ hide: event.target.checked ? view.hide.filter((name) => name !== publisher) : [...view.hide, publisher] })
                  }
                />
                {publisher}
              </label>
            ))}
          </fieldset>
        </details>
      ) : null}
      {!isDefaultTrendView(view) ? (
        <button type="button" className={styles.reset} onClick={() => onChange(defaultTrendView)}>
          Reset the view
        </button>
      ) : null}
      {applied.notices.length > 0 ? (
        <ul className={styles.notices} aria-live="polite">
          {applied.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
