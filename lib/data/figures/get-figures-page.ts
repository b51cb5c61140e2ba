import "server-only";
import { getPrisma } from "../../db";
import type { FigureFilter } from "../../filters/figure-filter";
import type { FiguresPage } from "../types";
import { countFigures } from "./count-figures";
import { figureFilterConditions } from "./get-figures";
import { selectFigures } from "./select-figures";

/** One page of the figures matching a filter, in the list's order, and how many match in all. */
export async function getFiguresPage(filter: FigureFilter, page: number, pageSize: number): Promise<FiguresPage> {
  const prisma = await getPrisma();
  const [figures, total] = await Promise.all([
    selectFigures(prisma, figureFilterConditions(filter), undefined, { limit: pageSize, offset: (page - 1) * pageSize }),
    countFigures(filter),
  ]);
  return { figures, total, page, pageSize };
}
