import "server-only";
import {
  allFiguresTag,
  claimsTags,
  eventsTags,
  figuresOfMetricTags,
  figuresOfRouteTags,
  metricsTag,
  routesTag,
  trendTags,
} from "../cache/data-tags";
import { cachedRead } from "../cache/cached-read";
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
import { getRashtAstaraStatus, rashtAstaraSources } from "./overview/get-rasht-astara";
import type { FigureFilter } from "../filters/figure-filter";

// The reads of the public pages that are cached (the overview, route and metric pages, rendered per request from
// these), each tagged with what it shows (lib/cache/data-tags.ts). Each read is its own cache entry, so a write
// re-reads only what it changed: a new event leaves the overview's figures cached. The lists a reader filters at
// will (/figures, /sources, /claims) and the CSVs read the database on every request, as before.

const routeOrMetricTags = (filter: Pick<FigureFilter, "route" | "metric">) =>
  filter.metric
    ? figuresOfMetricTags(filter.metric)
    : filter.route
      ? figuresOfRouteTags(filter.route)
      : [allFiguresTag, metricsTag, routesTag];

export const readRoute = cachedRead("route", getRoute, () => [routesTag]);
/** A metric with its figure count. */
export const readMetric = cachedRead("metric", getMetric, (slug) => figuresOfMetricTags(slug));
export const readRouteMap = cachedRead("route-map", getRouteMap, () => [routesTag]);
/** Across every figure of the comparison's measures (the volume measure draws from many metrics). */
export const readRouteComparison = cachedRead(
  "route-comparison",
  () => getRouteComparison(),
  () => [allFiguresTag, metricsTag, routesTag],
);
export const readFigures = cachedRead("figures", (filter: Pick<FigureFilter, "route" | "metric">) => getFigures(filter), routeOrMetricTags);
export const readFiguresPage = cachedRead(
  "figures-page",
  (filter: Pick<FigureFilter, "route" | "metric">, page: number, pageSize: number) => getFiguresPage(filter, page, pageSize),
  routeOrMetricTags,
);
export const readEvents = cachedRead(
  "events",
  (filter: Pick<EventFilter, "route"> = {}) => getEvents(filter),
  (filter) => eventsTags(filter ?? {}),
);
export const readTrend = cachedRead(
  "trend",
  (metric: string, filter: Pick<FigureFilter, "route"> = {}) => getTrend(metric, filter),
  (metric) => trendTags(metric),
);
export const readRouteMetrics = cachedRead("route-metrics", getRouteMetrics, (route) => figuresOfRouteTags(route));
export const readDisagreementCandidates = cachedRead("disagreement-candidates", getDisagreementCandidates, (metric) =>
  figuresOfMetricTags(metric),
);
export const readCorroborationCandidates = cachedRead("corroboration-candidates", getCorroborationCandidates, (metric) =>
  figuresOfMetricTags(metric),
);
export const readLookalikes = cachedRead("lookalikes", getLookalikes, () => [metricsTag]);
/** Outcomes depend on the day: `today` is part of the key. */
export const readClaims = cachedRead(
  "claims",
  (filter: Pick<ClaimFilter, "route" | "metric">, today: string, latest: number) => getClaims(filter, today, { latest }),
  (filter) => claimsTags(filter),
);
export const readClaimCount = cachedRead(
  "claim-count",
  (filter: Pick<ClaimFilter, "route" | "metric">) => countClaims(filter),
  (filter) => claimsTags(filter),
);
export const readRashtAstaraStatus = cachedRead(
  "rasht-astara",
  () => getRashtAstaraStatus(),
  () => [...Object.values(rashtAstaraSources.metrics).flatMap(figuresOfMetricTags), ...eventsTags({ route: rashtAstaraSources.route })],
);
/** The overview's headline cards: which metrics are featured is a metric field; each card reads its metric's figures. */
export const readFeaturedCards = cachedRead(
  "featured-cards",
  () => getFeaturedCards(),
  () => [allFiguresTag, metricsTag],
);
