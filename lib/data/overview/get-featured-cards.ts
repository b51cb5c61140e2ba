import "server-only";
import { buildTrendSeries } from "../../dashboard/build-trend-series";
import { compareWithPrevious, type PeriodComparison } from "../../dashboard/compare-with-previous";
import { pickHeadline, type Headline } from "../../dashboard/pick-headline";
import type { Reader } from "../reader";
import { getFigures } from "../figures/get-figures";
import { metricsPlacedOn } from "./overview-places";
import type { TrendSeries } from "../types";

/** A metric an editor featured on the overview, its lead figure and the rest, and the lead's change on a year before. */
export type FeaturedCard = Headline & {
  metric: { slug: string; name: string; unit: string };
  total: number;
  /** Against the same period a year earlier, from the same kind of period; null for changes in percent or without one. */
  change: (PeriodComparison & { series: TrendSeries }) | null;
};

/** The overview's headline cards, in the editors' order (`featured`, 1 first): one round of queries. */
export async function getFeaturedCards(db: Reader): Promise<FeaturedCard[]> {
  const metrics = await metricsPlacedOn(db, "featured");
  const cards = await Promise.all(
    metrics.map(async (metric): Promise<FeaturedCard | null> => {
      const figures = await getFigures(db, { metric: metric.slug });
      const headline = pickHeadline(figures);
      if (!headline) return null;
      const series = metric.unit === "percent" ? [] : buildTrendSeries(figures).series;
      const leadSeries = series.find((entry) => entry.points.some((point) => point.figureId === headline.lead.id));
      const leadPoint = leadSeries?.points.find((point) => point.figureId === headline.lead.id);
      const change = leadSeries && leadPoint ? { ...compareWithPrevious(leadSeries, leadPoint), series: leadSeries } : null;
      return { ...headline, metric, total: figures.length, change: change?.changePercent ? change : null };
    }),
  );
  return cards.filter((card) => card !== null);
}
