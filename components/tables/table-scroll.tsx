import type { ReactNode } from "react";
import styles from "./tables.module.css";

/**
 * A table's own scrolling box, so a wide table scrolls inside it on a phone instead of the page scrolling
 * sideways. Focusable and named, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
