import "server-only";
import { sql } from "kysely";
import { buildTrendSeries } from "../../dashboard/build-trend-series";
import { compareWithPrevious, type PeriodComparison } from "../../dashboard/compare-with-previous";
import { byRecency, pickHeadline, type Headline } from "../../dashboard/pick-headline";
import { firstOf } from "../../sources/first-of";
import type { Reader } from "../reader";
import { getEvents } from "../events/get-events";
import { getFigures } from "../figures/get-figures";
import type { EventView, FigureView, TrendSeries } from "../types";

type MetricName = { slug: string; name: string; unit: string };

/** A card stays one screen tall: each list on it names this many and counts the rest. */
export const cardListLength = 5;
/** Milestones on a progress card; past this, the earliest that happened are counted, not listed. */
export const cardMilestones = 12;

/**
 * Progress towards a whole (the metric's `progressAgainst`): the lead figure against the whole as the lead's own
 * source gives it, the only honest denominator, and the other sources' wholes beside it.
 */
export type CardProgress = {
  whole: MetricName;
  sameSource: FigureView | null;
  /** Other sources' figures for the whole, the most recent first: the first `cardListLength`, and how many more. */
  others: { shown: FigureView[]; more: number };
};

/** A metric the card lists beneath its own (`cardMetrics`): its most recent figures, and how many more. */
export type CardList = { metric: MetricName; shown: FigureView[]; more: number };

/** A metric an editor featured on the overview, its lead figure and the rest, and the lead's change on a year before. */
export type FeaturedCard = Headline & {
  metric: MetricName;
  total: number;
  /** Against the same period a year earlier, from the same kind of period; null for changes in percent or without one. */
  change: (PeriodComparison & { series: TrendSeries }) | null;
  /** Null unless the metric is measured against a whole. */
  progress: CardProgress | null;
  listed: CardList[];
  /** A progress card's milestones: the events linked to its metric, in date order (none for other cards). */
  milestones: { shown: EventView[]; earlier: number };
};

type FeaturedRow = MetricName & { card_metrics: string; whole: MetricName | null };

const sameSource = (a: FigureView, b: FigureView) => a.source.publisher === b.source.publisher && a.source.title === b.source.title;

/** The featured metrics in the editors' order (`featured`, 1 first), each with the whole it is measured against. */
async function featuredMetrics(db: Reader): Promise<FeaturedRow[]> {
  const { rows } = await sql<FeaturedRow>`
    SELECT m.slug, m.name, m.unit, m.card_metrics,
           CASE WHEN w.slug IS NULL THEN NULL ELSE json_build_object('slug', w.slug, 'name', w.name, 'unit', w.unit) END AS whole
    FROM metrics m LEFT JOIN metrics w ON w.slug = m.progress_against AND m.progress_against <> ''
    WHERE m.featured IS NOT NULL
    ORDER BY m.featured, m.slug`.execute(db.kysely);
  return rows;
}

async function progressOf(db: Reader, whole: MetricName, lead: FigureView): Promise<CardProgress> {
  const wholes = (await getFigures(db, { metric: whole.slug })).sort(byRecency);
  return {
    whole,
    sameSource: wholes.find((figure) => sameSource(figure, lead)) ?? null,
    others: firstOf(
      wholes.filter((figure) => !sameSource(figure, lead)),
      cardListLength,
    ),
  };
}

/** The listed metrics that exist and have figures, in the editor's order (a metric deleted since is left off). */
async function listsOf(db: Reader, slugs: string[]): Promise<CardList[]> {
  const lists = await Promise.all(
    slugs.map(async (slug): Promise<CardList | null> => {
      const figures = (await getFigures(db, { metric: slug })).sort(byRecency);
      const first = figures[0];
      return first ? { metric: first.metric, ...firstOf(figures, cardListLength) } : null;
    }),
  );
  return lists.filter((list) => list !== null);
}

async function milestonesOf(db: Reader, metric: string): Promise<FeaturedCard["milestones"]> {
  const events = await getEvents(db, { metrics: [metric] });
  const earlier = Math.max(0, events.length - cardMilestones);
  return { shown: events.slice(earlier), earlier };
}

/** The overview's headline cards, in the editors' order: one round of queries a card. */
export async function getFeaturedCards(db: Reader): Promise<FeaturedCard[]> {
  const metrics = await featuredMetrics(db);
  const cards = await Promise.all(
    metrics.map(async ({ card_metrics, whole, ...metric }): Promise<FeaturedCard | null> => {
      const figures = await getFigures(db, { metric: metric.slug });
      const headline = pickHeadline(figures);
      if (!headline) return null;
      const series = metric.unit === "percent" ? [] : buildTrendSeries(figures).series;
      const leadSeries = series.find((entry) => entry.points.some((point) => point.figureId === headline.lead.id));
      const leadPoint = leadSeries?.points.find((point) => point.figureId === headline.lead.id);
      const change = leadSeries && leadPoint ? { ...compareWithPrevious(leadSeries, leadPoint), series: leadSeries } : null;
      const [progress, listed, milestones] = await Promise.all([
        whole ? progressOf(db, whole, headline.lead) : null,
        listsOf(db, card_metrics === "" ? [] : card_metrics.split("\n")),
        whole ? milestonesOf(db, metric.slug) : { shown: [], earlier: 0 },
      ]);
      return { ...headline, metric, total: figures.length, change: change?.changePercent ? change : null, progress, listed, milestones };
    }),
  );
  return cards.filter((card) => card !== null);
}
