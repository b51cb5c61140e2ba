"use client";

import type { Ref } from "react";
import type { FigureFormValues } from "@/lib/admin/figure-input";
import { snapshotFieldLabels, type FigureSnapshot } from "@/lib/admin/figure-snapshot";
import styles from "./admin.module.css";
import { describeFieldValue, type FigureFormOptions } from "./figure-form-options";

type Props = {
  current: FigureSnapshot;
  mine: FigureFormValues;
  options: FigureFormOptions;
  pending: boolean;
  onApplyMine: () => void;
  onDiscardMine: () => void;
  /** Focused when the view appears, so keyboard and screen-reader users land on the news. */
  headingRef: Ref<HTMLHeadingElement>;
};

const fields = Object.keys(snapshotFieldLabels) as (keyof FigureFormValues)[];

/**
 * Shown when a save is refused because another editor saved first (409): their saved values beside this
 * editor's, field by field, differences marked in words and weight as well as colour. Nothing is lost either
 * way: "Apply mine on top" saves this form over their version, "Discard mine" loads theirs into the form.
 */
export function ConflictView({ current, mine, options, pending, onApplyMine, onDiscardMine, headingRef }: Props) {
  const differing = fields.filter((field) => (current[field] ?? "").trim() !== (mine[field] ?? "").trim());
  return (
    <section className={styles.conflict} aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={headingRef} tabIndex={-1}>
        Another editor saved this figure while you were editing
      </h2>
      <p>
        Their version {current.version} is saved; yours is not. {differing.length === 0
          ? "Your values are the same as theirs."
          : `${differing.length} ${differing.length === 1 ? "field differs" : "fields differ"}: ${differing.map((field) => snapshotFieldLabels[field]).join(", ")}.`}{" "}
        Compare them, then keep yours on top of theirs or take theirs.
      </p>
      <div className={styles.scroll} role="region" aria-label="Their saved values and yours" tabIndex={0}>
        <table className={styles.table}>
          <caption className="visually-hidden">Each field: saved by another editor, and yours</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Saved by another editor</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const differs = differing.includes(field);
              return (
                <tr key={field} className={differs ? styles.differs : undefined}>
                  <th scope="row">
                    {snapshotFieldLabels[field]}
                    {differs ? <span className={styles.differsTag}>differs</span> : null}
                  </th>
                  <td className={styles.conflictValue}>{describeFieldValue(field, current[field] ?? "", options)}</td>
                  <td className={styles.conflictValue}>{describeFieldValue(field, mine[field] ?? "", options)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={styles.actions}>
        <button type="button" onClick={onApplyMine} disabled={pending}>
          Apply mine on top
        </button>
        <button type="button" className="secondary" onClick={onDiscardMine} disabled={pending}>
          Discard mine
        </button>
      </div>
    </section>
  );
}
