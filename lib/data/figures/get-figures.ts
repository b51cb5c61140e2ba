import "server-only";
import { getPrisma } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import type { FigureFilter } from "../../filters/figure-filter";
import type { FigureView } from "../types";
import { selectFigures } from "./select-figures";

/**
 * Figures matching a filter. A period filter keeps figures whose period overlaps [from, to]; figures without a
 * period cannot be placed in time and are left out of a period-filtered list.
 */
export async function getFigures(filter: FigureFilter = {}): Promise<FigureView[]> {
  return selectFigures(await getPrisma(), figureFilterConditions(filter));
}

/** The SQL conditions of a filter, shared by lists, counts and streamed exports so all select the same rows. */
export function figureFilterConditions(filter: FigureFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.metric) conditions.push(Prisma.sql`m.slug = ${filter.metric}`);
  if (filter.route) conditions.push(Prisma.sql`r.slug = ${filter.route}`);
  if (filter.status) conditions.push(Prisma.sql`f.status = ${filter.status}::"FigureStatus"`);
  if (filter.from) conditions.push(Prisma.sql`coalesce(f.period_end, f.period_start) >= ${filter.from}::date`);
  if (filter.to) conditions.push(Prisma.sql`coalesce(f.period_start, f.period_end) <= ${filter.to}::date`);
  if (filter.source) conditions.push(Prisma.sql`f.source_publisher = ${filter.source}`);
  return conditions;
}
