import "server-only";
import { sourceRefOf } from "../source-ref";
import { sql } from "kysely";
import type { Reader } from "../reader";
import { figuresWithMetricAndRoute } from "../live-figures";
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
 * Every page's totals, in one scan of the counts: the sources cited by a figure, plus those cited only by events; the
 * figures; the events.
 */
const sourceTotals = sql`
  SELECT count(*)::int
           + (SELECT count(*) FROM (SELECT DISTINCT source_publisher, source_title, source_url, source_date, source_date_precision FROM events) e
              WHERE NOT EXISTS (
                SELECT 1 FROM source_figure_counts c
                WHERE c.source_key = source_key(e.source_publisher, e.source_title, e.source_url, e.source_date, e.source_date_precision)))::int
           AS total_sources,
         coalesce(sum(figures), 0)::int AS total_figures,
         (SELECT count(*) FROM events)::int AS total_events
  FROM source_figure_counts`;

/**
 * One page of the cited sources, each with how many figures and events rely on it and the first few of them
 * (`shown` of each, through the (source_publisher, source_title) index), plus the totals of every page. However
 * many figures there are, a page stays the same size; all of a source's figures are one /figures?source= away.
 *
 * The figure counts come from source_figure_counts, kept by triggers (migration source_figure_counts), read in the
 * page's order from its index: the first `offset + pageSize` figure sources and every event source hold the page's
 * sources (a source among the first k of both together is among the first k of the figure sources, or cites an
 * event), so only those are merged and ordered. As of a past moment the same name is a view grouping the figures of
 * then (search path `as_of, public`).
 */
export async function getSourcesPage(db: Reader, page: number, pageSize: number, shown = 10): Promise<SourcesPage> {
  const { kysely } = db;
  const offset = (page - 1) * pageSize;
  const { rows } = await sql<Row>`
    WITH event_sources AS (
      SELECT source_publisher AS publisher, source_title AS title, source_url AS url, source_date AS date,
             source_date_precision AS date_precision, 0 AS figure_count, count(*)::int AS event_count
      FROM events GROUP BY 1, 2, 3, 4, 5
    ), figure_sources AS (
      SELECT publisher, title, url, date, date_precision, figures AS figure_count, 0 AS event_count
      FROM source_figure_counts
      ORDER BY sort_publisher, sort_title, date, url, date_precision
      LIMIT ${offset + pageSize}
    ), totals AS (${sourceTotals}
    ), paged AS (
      SELECT publisher, title, url, date, date_precision, sum(figure_count)::int AS figure_count, sum(event_count)::int AS event_count
      FROM (SELECT * FROM figure_sources UNION ALL SELECT * FROM event_sources) cited
      GROUP BY publisher, title, url, date, date_precision
      ORDER BY lower(publisher), lower(title), date NULLS LAST, url NULLS LAST, date_precision NULLS LAST
      LIMIT ${pageSize} OFFSET ${offset}
    )
    SELECT p.publisher, p.title, p.url, p.date::text AS date, p.date_precision::text AS date_precision, p.figure_count,
           p.event_count, t.total_sources, t.total_figures, t.total_events,
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
    FROM paged p CROSS JOIN totals t
    ORDER BY lower(p.publisher), lower(p.title), p.date NULLS LAST, p.url NULLS LAST, p.date_precision NULLS LAST`.execute(kysely);
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
  const {
    rows: [row],
  } = await sql<Pick<Row, "total_sources" | "total_figures" | "total_events">>`${sourceTotals}`.execute(db.kysely);
  return { sources: row!.total_sources, figures: row!.total_figures, events: row!.total_events };
}
