import "server-only";
import type { Reader } from "../reader";
import type { FigureFilter } from "../../filters/figure-filter";
import type { FigureSort } from "../../filters/figure-list-query";
import type { FiguresPage } from "../types";
import { countFigures } from "./count-figures";
import { figureSortOrder } from "./figure-sort-order";
import { figureFilterConditions } from "./get-figures";
import { selectFigures } from "./select-figures";

/** One page of the figures matching a filter, in the list's order or the one chosen, and how many match in all. */
export async function getFiguresPage(
  db: Reader,
  filter: FigureFilter,
  page: number,
  pageSize: number,
  sort: FigureSort = null,
): Promise<FiguresPage> {
  const { kysely } = db;
  const [figures, total] = await Promise.all([
    selectFigures(kysely, figureFilterConditions(filter), figureSortOrder(sort), { limit: pageSize, offset: (page - 1) * pageSize }),
    countFigures(db, filter),
  ]);
  return { figures, total, page, pageSize };
}
