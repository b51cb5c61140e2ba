import "server-only";
import { sql } from "kysely";
import type { Reader } from "../reader";
import { figuresWithMetricAndRoute } from "../live-figures";
import type { FigureFilter } from "../../filters/figure-filter";
import { figureFilterConditions } from "./get-figures";
import { whereClause } from "./select-figures";

export async function countFigures(db: Reader, filter: FigureFilter): Promise<number> {
  const { kysely } = db;
  const {
    rows: [row],
  } = await sql<{ count: number }>`
    SELECT count(*)::int AS count FROM ${figuresWithMetricAndRoute(kysely)}
    ${whereClause(figureFilterConditions(filter))}`.execute(kysely);
  return row!.count;
}
