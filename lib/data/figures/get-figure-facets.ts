import "server-only";
import { sql } from "kysely";
import type { Reader } from "../reader";
import { liveFigures } from "../live-figures";
import type { FigureView } from "../types";
import { selectFigures } from "./select-figures";

// What the route and metric pages need to know about all of a route's or metric's figures without loading them
// all: the list itself is paged, these are answered in SQL.

/** A metric a route has figures for, with how many (and how many of them have a period, so can be charted). */
export type RouteMetric = { slug: string; name: string; unit: string; figures: number; dated: number };

/** Every metric a route has figures for, by slug: dated ones get a trend chart, the rest are listed. */
export async function getRouteMetrics(db: Reader, routeSlug: string): Promise<RouteMetric[]> {
  const { kysely } = db;
  return kysely
    .selectFrom(liveFigures(kysely).as("f"))
    .innerJoin("metrics as m", "m.id", "f.metric_id")
    .innerJoin("routes as r", "r.id", "f.route_id")
    .where("r.slug", "=", routeSlug)
    .groupBy(["m.slug", "m.name", "m.unit"])
    .orderBy("m.slug")
    .select([
      "m.slug",
      "m.name",
      "m.unit",
      sql<number>`count(*)::int`.as("figures"),
      sql<number>`count(*) FILTER (WHERE f.period_start IS NOT NULL AND f.period_end IS NOT NULL)::int`.as("dated"),
    ])
    .execute();
}

/**
 * A metric's figures that share their route and period with a figure of another value: the only ones where
 * sources can disagree (findDisagreements decides which do). Values compare as numbers, so 4.0 and 4 agree.
 */
export async function getDisagreementCandidates(db: Reader, metricSlug: string): Promise<FigureView[]> {
  const { kysely } = db;
  return selectFigures(kysely, [
    sql`m.slug = ${metricSlug}`,
    // Null-safe grouping (no route, no period are groups too), as one hashed semi-join rather than a lookup per row.
    sql`(coalesce(f.route_id, 0), coalesce(f.period_start, '-infinity'::date), coalesce(f.period_end, '-infinity'::date)) IN (
      SELECT coalesce(g.route_id, 0), coalesce(g.period_start, '-infinity'::date), coalesce(g.period_end, '-infinity'::date)
      FROM ${liveFigures(kysely)} g JOIN metrics gm ON gm.id = g.metric_id
      WHERE gm.slug = ${metricSlug}
      GROUP BY 1, 2, 3
      HAVING count(DISTINCT g.value) > 1)`,
  ]);
}

/** At most this many figures feed a metric page's corroboration list: it names groups, it does not page them. */
const corroborationLimit = 600;

/**
 * A metric's figures that share route, subject and period with another figure (latest periods first, bounded):
 * the groups whose origins findCorroborations counts.
 */
export async function getCorroborationCandidates(db: Reader, metricSlug: string): Promise<FigureView[]> {
  const { kysely } = db;
  return selectFigures(
    kysely,
    [
      sql`m.slug = ${metricSlug}`,
      sql`(coalesce(f.route_id, 0), f.subject, coalesce(f.period_start, '-infinity'::date), coalesce(f.period_end, '-infinity'::date)) IN (
        SELECT coalesce(g.route_id, 0), g.subject, coalesce(g.period_start, '-infinity'::date), coalesce(g.period_end, '-infinity'::date)
        FROM ${liveFigures(kysely)} g JOIN metrics gm ON gm.id = g.metric_id
        WHERE gm.slug = ${metricSlug}
        GROUP BY 1, 2, 3, 4
        HAVING count(*) > 1)`,
    ],
    sql`ORDER BY f.period_end DESC NULLS LAST, f.subject, f.id`,
    { limit: corroborationLimit },
  );
}
