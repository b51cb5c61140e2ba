import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { FigureSort } from "../../filters/figure-list-query";

/** The list's own order when no column is chosen: by metric, then period. */
export const defaultFigureOrder = Prisma.sql`ORDER BY m.slug, f.period_end NULLS LAST, f.id`;

/**
 * The ORDER BY of a sorted figure list. Each order matches an index of the figure_list_sort_and_search migration
 * (ascending reads it forwards, descending backwards), with the id last so equal values keep a stable order across
 * pages. Blanks (no route, period, date or note) come last either way. Metric, unit and route sort through their
 * small tables, which the planner walks in order with the figures' (metric_id, id) or (route_id, id) index.
 */
export function figureSortOrder(sort: FigureSort): Prisma.Sql {
  if (!sort) return defaultFigureOrder;
  const desc = sort.dir === "desc";
  const dir = desc ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const byColumn = (column: Prisma.Sql) => Prisma.sql`ORDER BY ${column} ${dir}, f.id ${dir}`;
  switch (sort.column) {
    case "metric":
      return Prisma.sql`ORDER BY m.name ${dir}, f.id ${dir}`;
    case "unit":
      return Prisma.sql`ORDER BY m.unit ${dir}, m.name ${dir}, f.id ${dir}`;
    case "route":
      return Prisma.sql`ORDER BY r.name ${dir} NULLS LAST, f.id ${dir}`;
    case "subject":
      return byColumn(Prisma.sql`f.subject`);
    case "value":
      return byColumn(Prisma.sql`f.value`);
    case "status":
      return byColumn(Prisma.sql`f.status`);
    case "source":
      return Prisma.sql`ORDER BY f.source_publisher ${dir}, f.source_title ${dir}, f.id ${dir}`;
    case "period":
      return byColumn(desc ? Prisma.sql`coalesce(f.period_end, '-infinity'::date)` : Prisma.sql`f.period_end`);
    case "as-of":
      return byColumn(desc ? Prisma.sql`coalesce(f.source_date, '-infinity'::date)` : Prisma.sql`f.source_date`);
    case "note":
      return byColumn(desc ? Prisma.sql`coalesce(left(f.note, 200), '')` : Prisma.sql`left(f.note, 200)`);
  }
}
