import { useId } from "react";
import { citationBibtex, citationPermalink, citationText, type CiteContext } from "@/lib/citations/citation";
import { formatMoment } from "@/lib/format/format-date";
import { CopyButton } from "./copy-button";
import styles from "./cite-block.module.css";

export type CiteBlockProps = {
  context: CiteContext;
  /** What is cited, as the page or chart names it. */
  title: string;
  /** The page's own address (path and query, a fragment if any); the permalink adds `asOf` to it. */
  path: string;
  /** The publishers of the figures cited, in the order the page names them. */
  publishers: readonly string[];
  /** "chart" or "page": what the summary says is being cited. */
  of: "chart" | "page";
};

/**
 * "Cite this …": the citation as plain text and as BibTeX, both with the permalink that fixes the moment. Plain HTML
 * (a disclosure and read-only text boxes) so it works without scripts; the copy buttons come once scripts run.
 */
export function CiteBlock({ context, title, path, publishers, of }: CiteBlockProps) {
  const id = useId();
  const citation = { ...context, title, path, publishers };
  const text = citationText(citation);
  const bibtex = citationBibtex(citation);
  const permalink = citationPermalink(citation);
  return (
    <details className={styles.cite}>
      <summary>Cite this {of}</summary>
      <p>
        The link keeps the data as it stood at <time dateTime={context.moment}>{formatMoment(context.moment)}</time>, so it shows what you
        see now whatever changes later: <a href={permalink}>permalink</a>. The figures are their sources&apos;; cite those first.
      </p>
      <div className={styles.field}>
        <label htmlFor={`${id}-text`}>Plain text</label>
        <CopyButton text={text} label="Copy plain text" />
      </div>
      <textarea id={`${id}-text`} readOnly rows={3} defaultValue={text} />
      <div className={styles.field}>
        <label htmlFor={`${id}-bibtex`}>BibTeX</label>
        <CopyButton text={bibtex} label="Copy BibTeX" />
      </div>
      <textarea id={`${id}-bibtex`} readOnly rows={bibtex.split("\n").length} defaultValue={bibtex} spellCheck={false} />
    </details>
  );
}
