import "server-only";
import type { Reader } from "../reader";
import { liveFigures } from "../live-figures";
import { sql, type RawBuilder } from "kysely";
import { latestEdit } from "../../charts/last-changed";
import { isRussiaIndia } from "../../dashboard/corridor-ends";
import { sortComparisonRows } from "../../dashboard/sort-comparison-rows";
import { getRoutes } from "../routes/get-routes";
import type { ComparisonMeasure, ComparisonValue, FigureStatus, RouteComparison, SourceRef } from "../types";

/** The measures the route comparison shows, and which metrics feed each. */
export const comparisonMeasures: { measure: ComparisonMeasure; title: string; unit: string }[] = [
  { measure: "distance", title: "Distance from Russia to India", unit: "km" },
  { measure: "transit_time", title: "Transit time, Russia to India", unit: "days" },
  { measure: "freight_cost", title: "Freight cost per container", unit: "USD per TEU" },
  { measure: "volume", title: "Cargo carried, latest year or part-year", unit: "million tonnes" },
];

type Row = {
  measure: ComparisonMeasure;
  route_slug: string;
  low: string;
  high: string;
  statuses: FigureStatus[];
  period_labels: string[] | null;
  metric_names: string[];
  notes: string[] | null;
  sources: SourceRef[];
  figure_ids: number[];
  last_edited_at: string | null;
};

/**
 * For every measure and route, the figures of the latest period (the undated ones when there are no others),
 * found through the index rather than by reading every figure, and combined in SQL: one value, or a low–high range when they differ. Cargo in tonnes is converted to million
 * tonnes exactly (numeric arithmetic). Routes without a figure get `value: null` ("no data"), never zero.
 */
export async function getRouteComparison(db: Reader, measures = comparisonMeasures): Promise<RouteComparison[]> {
  const { kysely } = db;
  const figures = liveFigures(kysely);
  // The Russia–India measures draw only figures between those ends; the others are named as not comparable. The
  // metrics' ids are looked up first, so that the figures' metric index answers: filtered by slug through the join,
  // the planner read every figure (180 ms at a million).
  const { rows: subjects } = await sql<{ measure: ComparisonMeasure; route_slug: string; subject: string }>`
    SELECT DISTINCT CASE m.slug WHEN 'route_length' THEN 'distance' ELSE m.slug END AS measure, r.slug AS route_slug, f.subject
    FROM ${figures} f JOIN metrics m ON m.id = f.metric_id JOIN routes r ON r.id = f.route_id
    WHERE f.metric_id = ANY(ARRAY(SELECT id FROM metrics WHERE slug IN ('route_length', 'transit_time', 'freight_cost')))`.execute(kysely);
  const comparable = [...new Set(subjects.map((row) => row.subject).filter(isRussiaIndia))];
  const unlike = new Map<string, string[]>();
  for (const row of subjects.filter((candidate) => !isRussiaIndia(candidate.subject))) {
    const key = `${row.measure}:${row.route_slug}`;
    unlike.set(key, [...(unlike.get(key) ?? []), row.subject].sort());
  }
  // Cargo "carried" is what was carried: a 2030 target or a forecast is not drawn as a volume.
  const subjectFits = (measure: RawBuilder<unknown>) =>
    sql`(CASE WHEN ${measure} = 'volume' THEN f.status IN ('reported', 'claim') ELSE f.subject = ANY(${comparable}::text[]) END)`;
  const [routes, rows] = await Promise.all([
    getRoutes(db),
    sql<Row>`
      WITH measures AS (
        SELECT m.id AS metric_id, m.name AS metric_name, m.unit,
               CASE WHEN m.slug = 'route_length' THEN 'distance'
                    WHEN m.slug = 'transit_time' THEN 'transit_time'
                    WHEN m.slug = 'freight_cost' THEN 'freight_cost'
                    ELSE 'volume' END AS measure
        FROM metrics m
        WHERE m.slug IN ('route_length', 'transit_time', 'freight_cost')
           OR (m.category = 'transit' AND m.unit IN ('tonnes', 'million tonnes'))
      ), latest AS (
        -- Each measure metric's latest period end on each route: one backward step of the
        -- (metric_id, route_id, period_end) index, or "undated" when it has only undated figures.
        SELECT ms.*, r.id AS route_id, l.period_end, l.undated
        FROM measures ms CROSS JOIN routes r
        CROSS JOIN LATERAL (
          (SELECT f.period_end, false AS undated FROM ${figures} f
           WHERE f.metric_id = ms.metric_id AND f.route_id = r.id AND f.period_end IS NOT NULL
             AND ${subjectFits(sql`ms.measure`)}
           ORDER BY f.period_end DESC LIMIT 1)
          UNION ALL
          (SELECT NULL::date, true FROM ${figures} f
           WHERE f.metric_id = ms.metric_id AND f.route_id = r.id AND f.period_end IS NULL
             AND ${subjectFits(sql`ms.measure`)}
           LIMIT 1)
          LIMIT 1
        ) l
      ), chosen AS (
        -- Per measure and route, the metric with the most recent figures (dated before undated).
        SELECT DISTINCT ON (measure, route_id) * FROM latest
        ORDER BY measure, route_id, undated, period_end DESC, metric_id
      ), latest_figures AS (
        -- Two plain equality joins (each an index lookup) rather than one join on a condition that needs a CASE.
        SELECT c.measure, c.metric_name, c.unit AS metric_unit, f.* FROM chosen c
        JOIN ${figures} f ON f.metric_id = c.metric_id AND f.route_id = c.route_id AND f.period_end = c.period_end
        WHERE NOT c.undated AND ${subjectFits(sql`c.measure`)}
        UNION ALL
        SELECT c.measure, c.metric_name, c.unit, f.* FROM chosen c
        JOIN ${figures} f ON f.metric_id = c.metric_id AND f.route_id = c.route_id AND f.period_end IS NULL
        WHERE c.undated AND ${subjectFits(sql`c.measure`)}
      ), candidates AS (
        SELECT l.*,
               CASE WHEN l.metric_unit = 'tonnes' THEN trim_scale(l.value / 1000000) ELSE l.value END AS measure_value,
               -- Of figures ending the same day, the longest period (H2 2024 and all of 2024: the year).
               dense_rank() OVER (PARTITION BY l.measure, l.route_id ORDER BY l.period_start NULLS LAST) AS rank
        FROM latest_figures l
      )
      SELECT k.measure, r.slug AS route_slug, min(k.measure_value)::text AS low, max(k.measure_value)::text AS high,
             array_agg(DISTINCT k.status::text) AS statuses,
             array_agg(DISTINCT k.period_label) FILTER (WHERE k.period_label IS NOT NULL) AS period_labels,
             array_agg(DISTINCT k.metric_name) AS metric_names,
             array_agg(DISTINCT k.note) FILTER (WHERE k.note IS NOT NULL) AS notes,
             json_agg(DISTINCT jsonb_build_object(
               'publisher', k.source_publisher, 'title', k.source_title, 'url', k.source_url,
               'date', k.source_date::text, 'datePrecision', k.source_date_precision::text)) AS sources,
             array_agg(k.id ORDER BY k.id) AS figure_ids,
             to_char(max(k.edited_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last_edited_at
      FROM candidates k JOIN routes r ON r.id = k.route_id
      WHERE k.rank = 1
      GROUP BY k.measure, r.slug`
      .execute(kysely)
      .then((result) => result.rows),
  ]);
  return measures.map(({ measure, title, unit }) => {
    const values = new Map(rows.filter((row) => row.measure === measure).map((row) => [row.route_slug, row]));
    const comparisonRows = routes.map((route) => {
      const row = values.get(route.slug);
      const value: ComparisonValue | null = row
        ? {
            low: row.low,
            high: row.high,
            plotLow: Number(row.low),
            plotHigh: Number(row.high),
            unit,
            statuses: row.statuses,
            periodLabels: row.period_labels ?? [],
            metricNames: row.metric_names,
            notes: row.notes ?? [],
            sources: row.sources,
            figureIds: row.figure_ids,
          }
        : null;
      return { route, value, unlike: unlike.get(`${measure}:${route.slug}`) ?? [] };
    });
    const lastEditedAt = latestEdit([...values.values()].map((row) => row.last_edited_at));
    return { measure, title, unit, rows: sortComparisonRows(comparisonRows), lastEditedAt };
  });
}
