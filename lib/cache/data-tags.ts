import { familyStem } from "../metrics/scale-family";

// The cache's vocabulary (issue 16): every cached read (lib/data/public-reads.ts) is tagged with what it shows, and
// every write invalidates the tags of what it changed (tagsForChange, called through lib/cache/invalidate-for.ts).
// Pure, so the one rule that keeps the cache right is unit-tested: a read's tags and a write's tags meet exactly
// when the write can change what the read shows.
//
// Grain: figures by metric, by scale family (a trend draws the whole family) and by route; events by route and by
// the families of the metrics they are linked to. Routes, metrics and rulings are few and rarely edited, and their
// names and units appear in every figure and event shown, so each is one tag that every read showing them carries.
// A read across every figure (the route comparison, whose volume measure draws from many metrics) carries
// `figures`, which every figure write invalidates.

export const allFiguresTag = "figures";
export const allEventsTag = "events";
export const routesTag = "routes";
export const metricsTag = "metrics";
export const rulingsTag = "rulings";

export const figuresOfMetricTag = (metric: string) => `figures:metric:${metric}`;
export const figuresOfFamilyTag = (metric: string) => `figures:family:${familyStem(metric)}`;
export const figuresOfRouteTag = (route: string) => `figures:route:${route}`;
/** Events of one route; `null` for the events of no single route. */
export const eventsOfRouteTag = (route: string | null) => `events:route:${route ?? "(none)"}`;
export const eventsOfFamilyTag = (metric: string) => `events:family:${familyStem(metric)}`;

/** A figure as a write found or left it: its metric's slug and its route's ("" or null for none). */
export type FigureState = { metric: string; route: string | null };
/** An event as a write found or left it: its route's slug (or none) and the slugs of its linked metrics. */
export type EventState = { route: string | null; metrics: readonly string[] };

/** What a write changed, with each record's state before and after (a create has no before, and so on). */
export type DataChange =
  | { kind: "figures"; states: FigureState[] }
  | { kind: "events"; states: EventState[] }
  | { kind: "routes" }
  | { kind: "metrics" }
  | { kind: "rulings" };

const routeOrNull = (route: string | null) => (route === null || route === "" ? null : route);

/** The tags a change invalidates: those of every read whose result it can change, and no others. */
export function tagsForChange(change: DataChange): string[] {
  const tags = new Set<string>();
  switch (change.kind) {
    case "figures":
      tags.add(allFiguresTag);
      for (const { metric, route } of change.states) {
        tags.add(figuresOfMetricTag(metric));
        tags.add(figuresOfFamilyTag(metric));
        const slug = routeOrNull(route);
        if (slug) tags.add(figuresOfRouteTag(slug));
      }
      break;
    case "events":
      tags.add(allEventsTag);
      for (const { route, metrics } of change.states) {
        tags.add(eventsOfRouteTag(routeOrNull(route)));
        for (const metric of metrics) tags.add(eventsOfFamilyTag(metric));
      }
      break;
    case "routes":
      tags.add(routesTag);
      break;
    case "metrics":
      tags.add(metricsTag);
      break;
    case "rulings":
      tags.add(rulingsTag);
      break;
  }
  return [...tags].sort();
}

// The tags of the reads, composed from the same functions so a read and the writes that change it cannot drift.

/** Figures of one metric (lists, candidates): their metric's and route's names come along. */
export const figuresOfMetricTags = (metric: string) => [figuresOfMetricTag(metric), metricsTag, routesTag];
/** Figures of one route. */
export const figuresOfRouteTags = (route: string) => [figuresOfRouteTag(route), metricsTag, routesTag];

/** Events selected by route and/or linked metrics (EventFilter in lib/data/events/get-events.ts). */
export function eventsTags(filter: { route?: string; metrics?: readonly string[] }): string[] {
  const selecting = filter.route
    ? [eventsOfRouteTag(filter.route)]
    : filter.metrics
      ? filter.metrics.map(eventsOfFamilyTag)
      : [allEventsTag];
  return [...selecting, routesTag];
}

/**
 * A metric's trend, of one route or all: its scale family's figures, the events linked to the family, and which
 * metrics are in the family (a new sister metric joins the chart). The family tag alone covers a route's trend: a
 * write to another metric of the route leaves it alone.
 */
export function trendTags(metric: string): string[] {
  return [figuresOfFamilyTag(metric), eventsOfFamilyTag(metric), metricsTag, routesTag];
}

/**
 * Claims of a route or metric: their outcomes are decided by reported figures of the same family and route, by
 * happened events that supersede planned ones, and by editors' rulings.
 */
export function claimsTags(filter: { route?: string; metric?: string }): string[] {
  const figures = filter.metric ? figuresOfFamilyTag(filter.metric) : filter.route ? figuresOfRouteTag(filter.route) : allFiguresTag;
  return [figures, allEventsTag, rulingsTag, metricsTag, routesTag];
}
