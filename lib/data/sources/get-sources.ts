import "server-only";
import { sourceRefOf } from "../source-ref";
import { sql } from "kysely";
import type { Reader } from "../reader";
import { figuresWithMetricAndRoute } from "../live-figures";
import type { DatePrecision, SourceSummary } from "../types";

type Row = {
  publisher: string;
  title: string;
  url: string | null;
  date: string | null;
  date_precision: DatePrecision | null;
  figures: SourceSummary["figures"] | null;
  events: SourceSummary["events"] | null;
};

/** Every source cited by a figure or an event, with what relies on it; grouped in SQL. */
export async function getSources(db: Reader): Promise<SourceSummary[]> {
  const { kysely } = db;
  const { rows } = await sql<Row>`
    WITH cited AS (
      SELECT f.source_publisher AS publisher, f.source_title AS title, f.source_url AS url, f.source_date AS date,
             f.source_date_precision AS date_precision,
             jsonb_build_object('id', f.id, 'metric', m.slug, 'metricName', m.name, 'periodLabel', f.period_label,
                                'value', f.value::text, 'unit', m.unit) AS figure,
             NULL::jsonb AS event
      FROM ${figuresWithMetricAndRoute(kysely)}
      UNION ALL
      SELECT e.source_publisher, e.source_title, e.source_url, e.source_date, e.source_date_precision, NULL,
             jsonb_build_object('id', e.id, 'title', e.title, 'date', e.date::text, 'datePrecision', e.date_precision::text)
      FROM events e
    )
    SELECT publisher, title, url, date::text AS date, date_precision::text AS date_precision,
           jsonb_agg(figure ORDER BY figure->>'metricName', figure->>'id') FILTER (WHERE figure IS NOT NULL) AS figures,
           jsonb_agg(event ORDER BY event->>'date') FILTER (WHERE event IS NOT NULL) AS events
    FROM cited
    GROUP BY publisher, title, url, date, date_precision
    ORDER BY lower(publisher), lower(title), date NULLS LAST, url NULLS LAST, date_precision NULLS LAST`.execute(kysely);
  return rows.map((row) => ({
    ...sourceRefOf(row),
    figures: row.figures ?? [],
    events: row.events ?? [],
  }));
}
