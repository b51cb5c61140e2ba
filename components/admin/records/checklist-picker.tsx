"use client";

import { joinSlugList, splitSlugList } from "@/lib/admin/records/slug-list";
import styles from "../admin.module.css";
import type { Option } from "./record-config";

/**
 * The options of a slug-list field to tick, grouped under headings, folded away in a <details> so the form stays
 * short: ticking one edits the field's text (its canonical form), which stays the one value the form saves and
 * validates, so typing and ticking never disagree.
 */
export function ChecklistPicker({
  noun,
  options,
  value,
  onChange,
}: {
  noun: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
}) {
  const chosen = new Set(splitSlugList(value));
  const groups = new Map<string, Option[]>();
  for (const option of options) {
    const group = option.group ?? "";
    groups.set(group, [...(groups.get(group) ?? []), option]);
  }
  const toggle = (slug: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(slug);
    else next.delete(slug);
    onChange(joinSlugList(next));
  };
  return (
    <details className={styles.checklist}>
      <summary>
        Choose from the {options.length} {noun} ({chosen.size} chosen)
      </summary>
      {[...groups].map(([group, grouped]) => (
        <fieldset key={group}>
          {group ? <legend>{group}</legend> : null}
          <ul>
            {grouped.map((option) => (
              <li key={option.value}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(option.value)}
                    onChange={(event) => toggle(option.value, event.target.checked)}
                  />
                  <span>{option.label}</span> <code>{option.value}</code>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </details>
  );
}
