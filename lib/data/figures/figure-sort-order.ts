import "server-only";
import { sql, type RawBuilder } from "kysely";
import type { FigureSort } from "../../filters/figure-list-query";

/** The list's own order when no column is chosen: by metric, then period. */
export const defaultFigureOrder = sql`ORDER BY m.slug, f.period_end NULLS LAST, f.id`;

/**
 * The ORDER BY of a sorted figure list. Each order matches an index of the figure_list_sort_and_search migration
 * (ascending reads it forwards, descending backwards), with the id last so equal values keep a stable order across
 * pages. Blanks (no route, period, date or note) come last either way. Metric, unit and route sort through their
 * small tables, which the planner walks in order with the figures' (metric_id, id) or (route_id, id) index.
 */
export function figureSortOrder(sort: FigureSort): RawBuilder<unknown> {
  if (!sort) return defaultFigureOrder;
  const desc = sort.dir === "desc";
  const dir = desc ? sql`DESC` : sql`ASC`;
  const byColumn = (column: RawBuilder<unknown>) => sql`ORDER BY ${column} ${dir}, f.id ${dir}`;
  switch (sort.column) {
    case "metric":
      return sql`ORDER BY m.name ${dir}, f.id ${dir}`;
    case "unit":
      return sql`ORDER BY m.unit ${dir}, m.name ${dir}, f.id ${dir}`;
    case "route":
      return sql`ORDER BY r.name ${dir} NULLS LAST, f.id ${dir}`;
    case "subject":
      return byColumn(sql`f.subject`);
    case "value":
      return byColumn(sql`f.value`);
    case "status":
      return byColumn(sql`f.status`);
    case "source":
      return sql`ORDER BY f.source_publisher ${dir}, f.source_title ${dir}, f.id ${dir}`;
    case "period":
      return byColumn(desc ? sql`coalesce(f.period_end, '-infinity'::date)` : sql`f.period_end`);
    case "as-of":
      return byColumn(desc ? sql`coalesce(f.source_date, '-infinity'::date)` : sql`f.source_date`);
    case "note":
      return byColumn(desc ? sql`coalesce(left(f.note, 200), '')` : sql`left(f.note, 200)`);
  }
}
