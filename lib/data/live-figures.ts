import "server-only";
import { sql, type RawBuilder } from "kysely";
import type { SqlDatabase } from "../db/kysely";
import type { Prisma } from "../generated/prisma/client";

// What "a figure the public can see" means, written once. A deleted figure keeps its row (its delete is soft, so
// it can be restored) and no public read may show it. Every read of figures starts from here, so a later rule
// (figures "as of a date", issue 15) is a parameter of these, not a condition to add to every query.

/** The figures not deleted: a typed base for Kysely queries, and a subquery inside `sql` templates. */
export function liveFigures(db: SqlDatabase) {
  return db.selectFrom("figures").selectAll().where("deleted_at", "is", null);
}

/** The same rule for Prisma's query API (counts inside an admin write's transaction). */
export const liveFigureWhere = { deletedAt: null } satisfies Prisma.FigureWhereInput;

/**
 * The figure list's FROM clause: figures as `f` (the live ones, or every one for the admin list that shows the
 * deleted too), with their metric `m` and route `r` (none for a figure of no route).
 */
export function figuresWithMetricAndRoute(
  db: SqlDatabase,
  { includeDeleted = false }: { includeDeleted?: boolean } = {},
): RawBuilder<unknown> {
  const figures = includeDeleted ? sql`figures` : liveFigures(db);
  return sql`${figures} f JOIN metrics m ON m.id = f.metric_id LEFT JOIN routes r ON r.id = f.route_id`;
}
