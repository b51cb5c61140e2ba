import "server-only";
import { recordDefinitions } from "../../admin/records/record-definitions";
import { baselineComment } from "../../admin/records/record-writes";
import { diffRecordValues } from "../../admin/records/record-types";
import type { Reader } from "../reader";
import { sql, type RawBuilder } from "kysely";
import type { ChangeQuery } from "../../filters/change-filter";
import { describeChange, type ChangeKind, type ChangeView } from "../../changes/describe-change";

// The public record of what editors changed (issue 15): every revision of a figure, route, metric or event, newest
// first, read from the one append-only history. What a record was before its first recorded change (the baseline a
// first edit saves) is not a change and is left out; editors are named by display name only, never by email.

export type ChangesPage = { changes: ChangeView[]; total: number; page: number; pageSize: number };

type Row = {
  id: number;
  record_type: ChangeKind;
  record_id: number;
  action: ChangeView["action"];
  version: number;
  editor: string | null;
  created_at: Date;
  comment: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  metric_name: string | null;
  route_name: string | null;
  total: number;
};

/** Either side of a revision names the value: a creation has no before, a hard deletion no after. */
const either = (field: string) => sql`coalesce(r.after->>${field}, r.before->>${field})`;
const onEitherSide = (field: string, value: string) => sql`(r.before->>${field} = ${value} OR r.after->>${field} = ${value})`;

function conditions(filter: Omit<ChangeQuery, "page">): RawBuilder<unknown>[] {
  const where = [
    sql`r.record_type IN ('figure', 'route', 'metric', 'event')`,
    sql`NOT (r.editor_id IS NULL AND r.action = 'create' AND r.comment IS NOT DISTINCT FROM ${baselineComment})`,
  ];
  if (filter.figure !== undefined) where.push(sql`r.record_type = 'figure' AND r.record_id = ${filter.figure}`);
  if (filter.metric) {
    where.push(sql`((r.record_type = 'figure' AND ${onEitherSide("metric", filter.metric)})
      OR (r.record_type = 'metric' AND ${onEitherSide("slug", filter.metric)}))`);
  }
  if (filter.route) {
    where.push(sql`((r.record_type IN ('figure', 'event') AND ${onEitherSide("route", filter.route)})
      OR (r.record_type = 'route' AND ${onEitherSide("slug", filter.route)}))`);
  }
  return where;
}

/** One page of changes, newest first, with the total the filter selects. */
export async function getChangesPage(db: Reader, filter: ChangeQuery, pageSize: number): Promise<ChangesPage> {
  const { kysely } = db;
  const page = filter.page ?? 1;
  const where = sql.join(conditions(filter), sql` AND `);
  // Revision ids grow with time, so "newest first" is the primary key's order and a page is an index range.
  const { rows } = await sql<Row>`
    SELECT r.id, r.record_type::text AS record_type, r.record_id, r.action::text AS action, r.version, e.name AS editor,
           r.created_at, r.comment, r.before, r.after, m.name AS metric_name, rt.name AS route_name,
           count(*) OVER ()::int AS total
    FROM record_revisions r
    LEFT JOIN editors e ON e.id = r.editor_id
    LEFT JOIN metrics m ON r.record_type = 'figure' AND m.slug = ${either("metric")}
    LEFT JOIN routes rt ON r.record_type IN ('figure', 'event') AND rt.slug = ${either("route")}
    WHERE ${where}
    ORDER BY r.id DESC
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`.execute(kysely);
  // A page past the end has no row to carry the total: count apart only then.
  const total =
    rows[0]?.total ??
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM record_revisions r WHERE ${where}`.execute(kysely)).rows[0]?.n ??
    0;
  return {
    changes: rows.map((row) =>
      describeChange({
        id: row.id,
        kind: row.record_type,
        recordId: row.record_id,
        action: row.action,
        version: row.version,
        editor: row.editor,
        at: row.created_at.toISOString(),
        comment: row.comment,
        before: row.before,
        after: row.after,
        metricName: row.metric_name,
        routeName: row.route_name,
        changes: diffRecordValues(recordDefinitions[row.record_type].labels, row.before, row.after?.deleted ? null : row.after),
      }),
    ),
    total,
    page,
    pageSize,
  };
}
