import type { ReactNode } from "react";
import styles from "./admin.module.css";

/**
 * A field's error, in words next to it (and referenced by the input's aria-describedby). Only the first: an empty
 * value also fails the format check, and "required" is the one that helps.
 */
export function FieldError({ id, messages }: { id: string; messages: readonly string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className={styles.fieldError}>
      <span aria-hidden="true">✕ </span>
      {messages[0]}
    </p>
  );
}

/** A short help text under a label, referenced by aria-describedby. */
export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className={styles.hint}>
      {children}
    </p>
  );
}
