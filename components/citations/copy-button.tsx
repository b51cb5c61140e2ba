"use client";

import { useState } from "react";
import { useBrowserValue } from "../use-browser-value";
import styles from "./cite-block.module.css";

// Rendered only once scripts run: without them the text box beside it is there to select and copy by hand.
const canCopy = () => typeof navigator !== "undefined" && navigator.clipboard !== undefined;
const onServer = () => false;

/** Copies `text` to the clipboard and says so in a live region; the text stays in its box if the browser refuses. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const available = useBrowserValue(canCopy, onServer);
  const [status, setStatus] = useState("");
  if (!available) return null;
  return (
    <span className={styles.copy}>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard.writeText(text).then(
            () => setStatus("Copied."),
            () => setStatus("Could not copy: select the text and copy it."),
          );
        }}
      >
        {label}
      </button>
      <span role="status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
