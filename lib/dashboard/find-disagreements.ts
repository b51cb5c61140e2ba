import type { FigureView } from "../data/types";
import { formatValue } from "../format/format-number";

/** Figures of one metric, route and period on which different sources give different values. */
export type Disagreement = {
  metric: FigureView["metric"];
  route: FigureView["route"];
  periodStart: string | null;
  periodEnd: string | null;
  /** The period as the first figure labels it; null for figures without a period. */
  periodLabel: string | null;
  figures: FigureView[];
};

const sourceKey = (figure: FigureView) => `${figure.source.publisher}\u0000${figure.source.title}`;

/**
 * Where sources disagree: the same metric, route and period (or all without a period) with at least two
 * values from at least two sources. One source giving a range (45 and 60 days) is a range, not a disagreement.
 * Values are compared as numbers only to see that "4.0" and "4" agree; nothing is shown from the float.
 */
export function findDisagreements(figures: FigureView[]): Disagreement[] {
  const groups = new Map<string, FigureView[]>();
  for (const figure of figures) {
    const key = [figure.metric.slug, figure.route?.slug ?? "", figure.periodStart ?? "", figure.periodEnd ?? ""].join("\u0000");
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  const disagreements: Disagreement[] = [];
  for (const group of groups.values()) {
    const values = new Set(group.map((figure) => Number(figure.value)));
    const sources = new Set(group.map(sourceKey));
    if (values.size < 2 || sources.size < 2) continue;
    const [first] = group as [FigureView, ...FigureView[]];
    disagreements.push({
      metric: first.metric,
      route: first.route,
      periodStart: first.periodStart,
      periodEnd: first.periodEnd,
      periodLabel: first.periodLabel,
      figures: group,
    });
  }
  return disagreements;
}

/**
 * The disagreement in one sentence: "For 2022, UrduPoint gives 4.6 USD bn and bne IntelliNews gives 4.9 USD bn."
 * Every figure keeps its exact text and its own source; none is preferred.
 */
export function describeDisagreement(disagreement: Disagreement): string {
  const where =
    disagreement.periodStart || disagreement.periodEnd ? `For ${disagreement.periodLabel ?? "the same period"}` : "Without a period";
  const route = disagreement.route ? ` on the ${disagreement.route.name}` : "";
  const claims = disagreement.figures.map((figure) => `${figure.source.publisher} gives ${formatValue(figure.value, figure.metric.unit)}`);
  const joined = claims.length <= 2 ? claims.join(" and ") : `${claims.slice(0, -1).join(", ")} and ${claims[claims.length - 1]}`;
  return `${where}${route}, ${joined}.`;
}
