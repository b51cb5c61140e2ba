import "server-only";
import { getPrisma } from "../../db";
import type { FigureFilter } from "../../filters/figure-filter";
import { figureFilterConditions } from "./get-figures";
import { whereClause } from "./select-figures";

export async function countFigures(filter: FigureFilter): Promise<number> {
  const prisma = await getPrisma();
  const [row] = await prisma.$queryRaw<[{ count: number }]>`
    SELECT count(*)::int AS count FROM figures f JOIN metrics m ON m.id = f.metric_id LEFT JOIN routes r ON r.id = f.route_id
    ${whereClause(figureFilterConditions(filter))}`;
  return row.count;
}
