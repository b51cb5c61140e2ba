import "server-only";
import { sourceRefOf } from "../source-ref";
import { sql } from "kysely";
import type { Reader } from "../reader";
import { figuresWithMetricAndRoute, liveFigures } from "../live-figures";
import type { SourcesPage } from "../types";

type Row = {
  publisher: string;
  title: string;
  url: string | null;
  date: string | null;
  date_precision: "day" | "month" | "year" | null;
  figure_count: number;
  event_count: number;
  figures: SourcesPage["sources"][number]["figures"] | null;
  events: SourcesPage["sources"][number]["events"] | null;
  total_sources: number;
  total_figures: number;
  total_events: number;
};

/**
 * One page of the cited sources, each with how many figures and events rely on it and the first few of them
 * (`shown` of each, through the (source_publisher, source_title) index), plus the totals of every page. However
 * many figures there are, a page stays the same size; all of a source's figures are one /figures?source= away.
 */
export async function getSourcesPage(db: Reader, page: number, pageSize: number, shown = 10): Promise<SourcesPage> {
  const { kysely } = db;
  const { rows } = await sql<Row>`
    WITH cited AS (
      SELECT source_publisher AS publisher, source_title AS title, source_url AS url, source_date AS date,
             source_date_precision AS date_precision, 1 AS figure, 0 AS event
      FROM ${liveFigures(kysely)} f
      UNION ALL
      SELECT source_publisher, source_title, source_url, source_date, source_date_precision, 0, 1 FROM events
    ), grouped AS (
      SELECT publisher, title, url, date, date_precision, sum(figure)::int AS figure_count, sum(event)::int AS event_count
      FROM cited GROUP BY publisher, title, url, date, date_precision
    ), paged AS (
      SELECT *, count(*) OVER ()::int AS total_sources, (sum(figure_count) OVER ())::int AS total_figures,
             (sum(event_count) OVER ())::int AS total_events
      FROM grouped
      ORDER BY lower(publisher), lower(title), date NULLS LAST, url NULLS LAST
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    )
    SELECT p.publisher, p.title, p.url, p.date::text AS date, p.date_precision::text AS date_precision, p.figure_count,
           p.event_count, p.total_sources, p.total_figures, p.total_events,
           (SELECT jsonb_agg(x.figure ORDER BY x.metric_name, x.id) FROM (
              SELECT f.id, m.name AS metric_name,
                     jsonb_build_object('id', f.id, 'metric', m.slug, 'metricName', m.name, 'periodLabel', f.period_label,
                                        'value', f.value::text, 'unit', m.unit) AS figure
              FROM ${figuresWithMetricAndRoute(kysely)}
              WHERE f.source_publisher = p.publisher AND f.source_title = p.title
                AND f.source_url IS NOT DISTINCT FROM p.url AND f.source_date IS NOT DISTINCT FROM p.date
                AND f.source_date_precision IS NOT DISTINCT FROM p.date_precision
              ORDER BY m.name, f.id LIMIT ${shown}) x) AS figures,
           (SELECT jsonb_agg(y.event ORDER BY y.date, y.id) FROM (
              SELECT e.id, e.date,
                     jsonb_build_object('id', e.id, 'title', e.title, 'date', e.date::text, 'datePrecision', e.date_precision::text) AS event
              FROM events e
              WHERE e.source_publisher = p.publisher AND e.source_title = p.title
                AND e.source_url IS NOT DISTINCT FROM p.url AND e.source_date IS NOT DISTINCT FROM p.date
                AND e.source_date_precision IS NOT DISTINCT FROM p.date_precision
              ORDER BY e.date, e.id LIMIT ${shown}) y) AS events
    FROM paged p
    ORDER BY lower(p.publisher), lower(p.title), p.date NULLS LAST, p.url NULLS LAST`.execute(kysely);
  const totals = rows[0];
  return {
    sources: rows.map((row) => ({
      ...sourceRefOf(row),
      figureCount: row.figure_count,
      eventCount: row.event_count,
      figures: row.figures ?? [],
      events: row.events ?? [],
    })),
    // A page past the end has no row to carry the totals: count them apart only then.
    totals: totals
      ? { sources: totals.total_sources, figures: totals.total_figures, events: totals.total_events }
      : await countAllSources(db),
    page,
    pageSize,
  };
}

async function countAllSources(db: Reader): Promise<SourcesPage["totals"]> {
  const { kysely } = db;
  const {
    rows: [row],
  } = await sql<{ sources: number; figures: number; events: number }>`
    WITH cited AS (
      SELECT source_publisher, source_title, source_url, source_date, source_date_precision, 1 AS figure, 0 AS event
      FROM ${liveFigures(kysely)} f
      UNION ALL
      SELECT source_publisher, source_title, source_url, source_date, source_date_precision, 0, 1 FROM events
    )
    SELECT count(DISTINCT (source_publisher, source_title, source_url, source_date, source_date_precision))::int AS sources,
           coalesce(sum(figure), 0)::int AS figures, coalesce(sum(event), 0)::int AS events
    FROM cited`.execute(kysely);
  return row!;
}
