import "server-only";
import { getPrisma } from "../../db";
import { selectFigures, whereClause } from "../../data/figures/select-figures";
import type { FigureView } from "../../data/types";
import { Prisma } from "../../generated/prisma/client";
import type { AdminListQuery } from "./admin-list-query";

export type AdminFigurePage = { rows: FigureView[]; total: number; page: number; pageSize: number };

const orderings: Record<AdminListQuery["sort"], Prisma.Sql> = {
  updated: Prisma.sql`f.updated_at`,
  metric: Prisma.sql`m.name`,
  period: Prisma.sql`f.period_end`,
  value: Prisma.sql`f.value`,
  id: Prisma.sql`f.id`,
};

/** One page of figures for the admin list: filtered, searched and sorted in SQL, counted in the same terms. */
export async function listFiguresForAdmin(query: AdminListQuery): Promise<AdminFigurePage> {
  const prisma = await getPrisma();
  const conditions: Prisma.Sql[] = [];
  if (query.metric) conditions.push(Prisma.sql`m.slug = ${query.metric}`);
  if (query.route) conditions.push(query.route === "none" ? Prisma.sql`f.route_id IS NULL` : Prisma.sql`r.slug = ${query.route}`);
  if (query.status) conditions.push(Prisma.sql`f.status = ${query.status}::"FigureStatus"`);
  if (query.source) conditions.push(Prisma.sql`f.source_publisher ILIKE ${`%${query.source}%`}`);
  if (query.q) {
    const pattern = `%${query.q}%`;
    conditions.push(Prisma.sql`(f.subject ILIKE ${pattern} OR f.note ILIKE ${pattern} OR f.period_label ILIKE ${pattern}
      OR f.source_title ILIKE ${pattern} OR m.name ILIKE ${pattern} OR f.value::text = ${query.q})`);
  }
  if (query.deleted === "only") conditions.push(Prisma.sql`f.deleted_at IS NOT NULL`);
  const includeDeleted = query.deleted !== "exclude";
  const direction = query.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const offset = (query.page - 1) * query.pageSize;
  const [rows, [count]] = await Promise.all([
    selectFigures(
      prisma,
      conditions,
      Prisma.sql`ORDER BY ${orderings[query.sort]} ${direction} NULLS LAST, f.id ${direction} LIMIT ${query.pageSize} OFFSET ${offset}`,
      { includeDeleted },
    ),
    prisma.$queryRaw<[{ total: number }]>`
      SELECT count(*)::int AS total FROM figures f JOIN metrics m ON m.id = f.metric_id LEFT JOIN routes r ON r.id = f.route_id
      ${whereClause(conditions, { includeDeleted })}`,
  ]);
  return { rows, total: count.total, page: query.page, pageSize: query.pageSize };
}
