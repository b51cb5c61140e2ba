"use client";

import type { Ref } from "react";
import styles from "./admin.module.css";
import { ColumnHeads } from "@/components/tables/column-heads";

type Props<Field extends string> = {
  /** What was edited: "figure", "event". */
  noun: string;
  labels: Record<Field, string>;
  current: Partial<Record<Field, string>> & { version: number };
  mine: Partial<Record<Field, string>>;
  /** A value as a person reads it (a route's name rather than its slug). */
  describe: (field: Field, value: string) => string;
  pending: boolean;
  /** The editor was deleting, not saving: the choice is then to delete their version or keep it. */
  deleting?: boolean;
  onApplyMine: () => void;
  onDiscardMine: () => void;
  /** Focused when the view appears, so keyboard and screen-reader users land on the news. */
  headingRef: Ref<HTMLHeadingElement>;
};

/**
 * Shown when a save is refused because another editor saved first (409): their saved values beside this
 * editor's, field by field, differences marked in words and weight as well as colour. Nothing is lost either
 * way: "Apply mine on top" saves this form over their version, "Discard mine" loads theirs into the form.
 */
export function ConflictView<Field extends string>({
  noun,
  labels,
  current,
  mine,
  describe,
  pending,
  deleting = false,
  onApplyMine,
  onDiscardMine,
  headingRef,
}: Props<Field>) {
  const fields = Object.keys(labels) as Field[];
  const differing = fields.filter((field) => (current[field] ?? "").trim() !== (mine[field] ?? "").trim());
  return (
    <section className={styles.conflict} aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={headingRef} tabIndex={-1}>
        {deleting
          ? `Another editor changed this ${noun} before you deleted it`
          : `Another editor saved this ${noun} while you were editing`}
      </h2>
      <p>
        Their version {current.version} is saved{deleting ? "" : "; yours is not"}.{" "}
        {differing.length === 0
          ? "Your values are the same as theirs."
          : `${differing.length} ${differing.length === 1 ? "field differs" : "fields differ"}: ${differing.map((field) => labels[field]).join(", ")}.`}{" "}
        {deleting
          ? "Compare their version with the one you meant to delete, then delete theirs or keep it."
          : "Compare them, then keep yours on top of theirs or take theirs."}
      </p>
      <div className={styles.scroll} role="region" aria-label="Their saved values and yours" tabIndex={0}>
        <table className={styles.table}>
          <caption className="visually-hidden">Each field: saved by another editor, and yours</caption>
          <ColumnHeads columns={["Field", "Saved by another editor", deleting ? "The one you meant to delete" : "Yours"]} />
          <tbody>
            {fields.map((field) => {
              const differs = differing.includes(field);
              return (
                <tr key={field} className={differs ? styles.differs : undefined}>
                  <th scope="row">
                    {labels[field]}
                    {differs ? <span className={styles.differsTag}>differs</span> : null}
                  </th>
                  <td className={styles.conflictValue}>{describe(field, current[field] ?? "")}</td>
                  <td className={styles.conflictValue}>{describe(field, mine[field] ?? "")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={styles.actions}>
        <button type="button" onClick={onApplyMine} disabled={pending} className={deleting ? styles.danger : undefined}>
          {deleting ? "Delete their version" : "Apply mine on top"}
        </button>
        <button type="button" className="secondary" onClick={onDiscardMine} disabled={pending}>
          {deleting ? "Keep theirs" : "Discard mine"}
        </button>
      </div>
    </section>
  );
}
