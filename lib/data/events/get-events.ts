import "server-only";
import { citedSourceOf } from "../source-ref";
import type { Reader } from "../reader";
import { sql, type RawBuilder } from "kysely";
import type { DatePrecision, EventView } from "../types";

type EventRow = {
  id: number;
  date: string;
  date_precision: DatePrecision;
  title: string;
  route_slug: string | null;
  route_name: string | null;
  status: "happened" | "planned";
  source_publisher: string;
  source_title: string;
  source_url: string | null;
  source_date: string | null;
  source_date_precision: DatePrecision | null;
  metric_slugs: string[];
};

export type EventFilter = {
  /** Only the events of this route (a route's timeline); events of no single route are left out. */
  route?: string;
  /** Only the events linked to at least one of these metrics. A chart's selection is chartEvents (lib/dashboard). */
  metrics?: readonly string[];
};

/** Events in date order, each with the slugs of the metrics it is linked to; optionally only some (see EventFilter). */
export async function getEvents(db: Reader, filter: EventFilter = {}): Promise<EventView[]> {
  const { kysely } = db;
  const conditions: RawBuilder<unknown>[] = [];
  if (filter.route) conditions.push(sql`r.slug = ${filter.route}`);
  if (filter.metrics) {
    if (filter.metrics.length === 0) return [];
    conditions.push(sql`EXISTS (
      SELECT 1 FROM event_metrics em JOIN metrics m ON m.id = em.metric_id
      WHERE em.event_id = e.id AND m.slug IN (${sql.join(filter.metrics)}))`);
  }
  const where = conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  const { rows } = await sql<EventRow>`
    SELECT e.id, e.date::text AS date, e.date_precision::text AS date_precision, e.title,
           r.slug AS route_slug, r.name AS route_name, e.status::text AS status,
           e.source_publisher, e.source_title, e.source_url, e.source_date::text AS source_date,
           e.source_date_precision::text AS source_date_precision,
           ARRAY(SELECT m.slug FROM event_metrics em JOIN metrics m ON m.id = em.metric_id WHERE em.event_id = e.id) AS metric_slugs
    FROM events e LEFT JOIN routes r ON r.id = e.route_id
    ${where}
    ORDER BY e.date, e.id`.execute(kysely);
  return rows.map((row) => ({
    id: row.id,
    date: row.date,
    datePrecision: row.date_precision,
    title: row.title,
    route: row.route_slug && row.route_name ? { slug: row.route_slug, name: row.route_name } : null,
    status: row.status,
    source: citedSourceOf(row),
    // Sorted here, not by the database's collation, so they read in the same order as in the event's form.
    metrics: [...row.metric_slugs].sort(),
  }));
}
