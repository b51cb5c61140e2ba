import type { Route } from "next";
import Link from "next/link";
import { FigureCard } from "@/components/figure-card";
import { asOfPhrase, SourceCitation } from "@/components/source-line";
import type { FigureView } from "@/lib/data/types";
import { formatValue } from "@/lib/format/format-number";
import styles from "./overview.module.css";

// The founding headline: Russia–Iran trade in Jan–Apr 2024 against Jan–Apr 2023. Which figure leads is an
// editorial choice made here; its value, source and date come from the database like every other figure.
const headlinePeriod = { start: "2024-01-01", end: "2024-04-30" };
/** The card stays one screen tall: the latest few other figures, the rest one click away. */
const otherFiguresShown = 5;

/** Russia–Iran trade growth: the Jan–Apr 2024 figure big, the other sources' growth figures beside it. */
export function TradeGrowthCard({ figures }: { figures: FigureView[] }) {
  const headline =
    figures.find((figure) => figure.periodStart === headlinePeriod.start && figure.periodEnd === headlinePeriod.end && figure.status === "reported") ??
    figures.find((figure) => figure.periodStart === headlinePeriod.start && figure.periodEnd === headlinePeriod.end);
  if (!headline) {
    return (
      <article className="card" aria-label="Russia–Iran trade">
        <h3>Russia–Iran trade</h3>
        <p>No figure for Russia–Iran trade growth in Jan–Apr 2024 is in the database.</p>
      </article>
    );
  }
  const others = figures
    .filter((figure) => figure.id !== headline.id)
    .sort((a, b) => (b.periodEnd ?? "").localeCompare(a.periodEnd ?? ""))
    .slice(0, otherFiguresShown);
  return (
    <FigureCard figure={headline} title="Russia–Iran trade" className={styles.card}>
      {others.length > 0 ? (
        <div className={styles.more}>
          <h4>Latest other periods and sources</h4>
          <ul>
            {others.map((figure) => (
              <li key={figure.id}>
                <span className={styles.change}>{formatValue(figure.value, figure.metric.unit)}</span> {figure.periodLabel ?? "no period given"}{" "}
                <span className="status">{figure.status}</span>
                <br />
                <span className="source-line">
                  <SourceCitation source={figure.source} /> ({asOfPhrase(figure.source)})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Link className={styles.cardLink} href={`/metrics/${headline.metric.slug}` as Route}>
        All {figures.length} Russia–Iran trade growth figures
      </Link>
    </FigureCard>
  );
}
