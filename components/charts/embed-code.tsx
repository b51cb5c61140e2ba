"use client";

import { useId } from "react";
import { useBrowserValue } from "../use-browser-value";
import { embedSnippet } from "@/lib/embed/embed-protocol";
import styles from "./chart-frame.module.css";

const browserOrigin = () => window.location.origin;
const serverOrigin = () => "";

/**
 * The "Embed" disclosure: the <iframe> snippet of a chart, ready to copy. The snippet needs this site's absolute
 * address, which a cached page cannot know from a request: it is taken from the browser once the page runs.
 */
export function EmbedCode({ path, title }: { path: string; title: string }) {
  const origin = useBrowserValue(browserOrigin, serverOrigin);
  const id = useId();
  return (
    <details className={styles.embed}>
      <summary>Embed</summary>
      <label htmlFor={id}>Paste this into your page; the frame takes the chart&apos;s height by itself:</label>
      <textarea id={id} readOnly rows={4} value={embedSnippet(origin, path, title)} onFocus={(event) => event.currentTarget.select()} />
    </details>
  );
}
