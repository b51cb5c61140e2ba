import "server-only";
import {
  allEventsTag,
  allFiguresTag,
  claimsTags,
  eventsTags,
  figuresOfMetricTags,
  figuresOfRouteTags,
  metricsTag,
  routesTag,
  trendTags,
} from "../cache/data-tags";
import { cachedRead, type KeyArgument } from "../cache/cached-read";
import type { AsOf } from "../filters/as-of";
import { readerAt } from "./as-of";
import type { Reader } from "./reader";
import { countClaims, getClaims, type ClaimFilter } from "./claims/get-claims";
import { getRouteComparison } from "./comparison/get-route-comparison";
import { getEvents, type EventFilter } from "./events/get-events";
import { getCorroborationCandidates, getDisagreementCandidates, getRouteMetrics } from "./figures/get-figure-facets";
import { getFigures } from "./figures/get-figures";
import { getFiguresPage } from "./figures/get-figures-page";
import { getTrend } from "./figures/get-trend";
import { getLookalikes } from "./metrics/get-lookalikes";
import { getMetric } from "./metrics/get-metrics";
import { getRouteMap } from "./routes/get-route-map";
import { getRoute } from "./routes/get-routes";
import { getFeaturedCards } from "./overview/get-featured-cards";
import { getOverviewTrendMetrics } from "./overview/get-overview-trends";
import type { FigureFilter } from "../filters/figure-filter";

// The reads of the public pages that are cached (the overview, route and metric pages, rendered per request from
// these), each tagged with what it shows (lib/cache/data-tags.ts). Each read is its own cache entry, so a write
// re-reads only what it changed: a new event leaves the overview's figures cached. The lists a reader filters at
// will (/figures, /sources, /claims) and the CSVs read the database on every request, as before.
// Each takes first the moment it shows (`asOf`, null for now), which is part of its key: the past is cached apart.

const routeOrMetricTags = (filter: Pick<FigureFilter, "route" | "metric">) =>
  filter.metric
    ? figuresOfMetricTags(filter.metric)
    : filter.route
      ? figuresOfRouteTags(filter.route)
      : [allFiguresTag, metricsTag, routesTag];

/** A read of lib/data, cached under `name` with the moment it shows as its first key. */
function publicRead<Args extends KeyArgument[], Result>(
  name: string,
  read: (db: Reader, ...args: Args) => Promise<Result>,
  tagsOf: (first: NoInfer<Args>[0]) => string[],
): (asOf: AsOf, ...args: Args) => Promise<Result> {
  return cachedRead(
    name,
    async (asOf: AsOf, ...args: Args) => read(await readerAt(asOf), ...args),
    (...keys: [AsOf, ...Args]) => tagsOf(keys[1]),
  );
}

export const readRoute = publicRead("route", getRoute, () => [routesTag]);
/** A metric with its figure count. */
export const readMetric = publicRead("metric", getMetric, (slug) => figuresOfMetricTags(slug));
export const readRouteMap = publicRead("route-map", getRouteMap, () => [routesTag]);
/** Across every figure of the comparison's measures (the volume measure draws from many metrics). */
export const readRouteComparison = publicRead(
  "route-comparison",
  (db: Reader) => getRouteComparison(db),
  () => [allFiguresTag, metricsTag, routesTag],
);
export const readFigures = publicRead(
  "figures",
  (db: Reader, filter: Pick<FigureFilter, "route" | "metric">) => getFigures(db, filter),
  routeOrMetricTags,
);
export const readFiguresPage = publicRead(
  "figures-page",
  (db: Reader, filter: Pick<FigureFilter, "route" | "metric">, page: number, pageSize: number) =>
    getFiguresPage(db, filter, page, pageSize),
  routeOrMetricTags,
);
export const readEvents = publicRead(
  "events",
  (db: Reader, filter: Pick<EventFilter, "route"> = {}) => getEvents(db, filter),
  (filter) => eventsTags(filter ?? {}),
);
export const readTrend = publicRead(
  "trend",
  (db: Reader, metric: string, filter: Pick<FigureFilter, "route"> = {}) => getTrend(db, metric, filter),
  (metric) => trendTags(metric),
);
export const readRouteMetrics = publicRead("route-metrics", getRouteMetrics, (route) => figuresOfRouteTags(route));
export const readDisagreementCandidates = publicRead("disagreement-candidates", getDisagreementCandidates, (metric) =>
  figuresOfMetricTags(metric),
);
export const readCorroborationCandidates = publicRead("corroboration-candidates", getCorroborationCandidates, (metric) =>
  figuresOfMetricTags(metric),
);
export const readLookalikes = publicRead("lookalikes", getLookalikes, () => [metricsTag]);
/** Outcomes depend on the day: `today` is part of the key. */
export const readClaims = publicRead(
  "claims",
  (db: Reader, filter: Pick<ClaimFilter, "route" | "metric">, today: string, latest: number) => getClaims(db, filter, today, { latest }),
  (filter) => claimsTags(filter),
);
export const readClaimCount = publicRead(
  "claim-count",
  (db: Reader, filter: Pick<ClaimFilter, "route" | "metric">) => countClaims(db, filter),
  (filter) => claimsTags(filter),
);
/**
 * The overview's headline cards: which metrics are featured, and what each card shows beside its metric, are metric
 * fields; a card reads the figures of those metrics and, measuring progress, the events linked to its metric.
 */
export const readFeaturedCards = publicRead(
  "featured-cards",
  (db: Reader) => getFeaturedCards(db),
  () => [allFiguresTag, metricsTag, allEventsTag, routesTag],
);
/** Which metrics the overview charts as trends: a metric field, so any metric write may change it. */
export const readOverviewTrendMetrics = publicRead(
  "overview-trend-metrics",
  (db: Reader) => getOverviewTrendMetrics(db),
  () => [metricsTag],
);
