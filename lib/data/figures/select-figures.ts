import "server-only";
import { citedSourceOf } from "../source-ref";
import { sql, type RawBuilder } from "kysely";
import type { SqlDatabase } from "../../db/kysely";
import { figuresWithMetricAndRoute } from "../live-figures";
import type { DatePrecision, FigureStatus, FigureView } from "../types";

type FigureRow = {
  id: number;
  metric_slug: string;
  metric_name: string;
  unit: string;
  route_slug: string | null;
  route_name: string | null;
  subject: string;
  period_start: string | null;
  period_end: string | null;
  period_label: string | null;
  value: string;
  status: FigureStatus;
  source_publisher: string;
  source_title: string;
  source_url: string | null;
  source_date: string | null;
  source_date_precision: DatePrecision | null;
  note: string | null;
  quoted_speaker: string | null;
  data_owner: string | null;
  version: number;
  updated_at: string;
  edited_at: string | null;
  deleted_at: string | null;
};

/** A condition on the figure list's rows (aliases f, m, r of figuresWithMetricAndRoute). */
export type FigureCondition = RawBuilder<unknown>;

/** AND-joins conditions (which figures are live is the FROM clause's business: figuresWithMetricAndRoute). */
export function whereClause(conditions: FigureCondition[]): RawBuilder<unknown> {
  return conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
}

/**
 * Every figure read goes through this query. It casts in SQL so that values keep the digits the source gave
 * (Prisma's Decimal would print 4.0 as 4) and dates stay calendar dates, free of time zones.
 */
export async function selectFigures(
  db: SqlDatabase,
  conditions: FigureCondition[] = [],
  orderBy: RawBuilder<unknown> = sql`ORDER BY m.slug, f.period_end NULLS LAST, f.id`,
  { includeDeleted = false, limit, offset = 0 }: { includeDeleted?: boolean; limit?: number; offset?: number } = {},
): Promise<FigureView[]> {
  const window = limit === undefined ? sql`` : sql`LIMIT ${limit} OFFSET ${offset}`;
  const { rows } = await sql<FigureRow>`
    SELECT f.id, m.slug AS metric_slug, m.name AS metric_name, m.unit, r.slug AS route_slug, r.name AS route_name,
           f.subject, f.period_start::text AS period_start, f.period_end::text AS period_end, f.period_label,
           f.value::text AS value, f.status::text AS status, f.source_publisher, f.source_title, f.source_url,
           f.source_date::text AS source_date, f.source_date_precision::text AS source_date_precision, f.note, f.quoted_speaker, f.data_owner, f.version,
           to_char(f.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at,
           to_char(f.edited_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS edited_at,
           to_char(f.deleted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS deleted_at
    FROM ${figuresWithMetricAndRoute(db, { includeDeleted })}
    ${whereClause(conditions)}
    ${orderBy}
    ${window}`.execute(db);
  return rows.map((row) => ({
    id: row.id,
    metric: { slug: row.metric_slug, name: row.metric_name, unit: row.unit },
    route: row.route_slug && row.route_name ? { slug: row.route_slug, name: row.route_name } : null,
    subject: row.subject,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    periodLabel: row.period_label,
    value: row.value,
    status: row.status,
    source: citedSourceOf(row),
    note: row.note,
    quotedSpeaker: row.quoted_speaker,
    dataOwner: row.data_owner,
    version: row.version,
    updatedAt: row.updated_at,
    lastEditedAt: row.edited_at,
    ...(row.deleted_at ? { deletedAt: row.deleted_at } : {}),
  }));
}
