import "server-only";
import { liveFigureWhere } from "../../data/live-figures";
import { countOf } from "../../format/count-of";
import type { Tx } from "./record-definition";

// The figures that refer to a route or a metric. A deleted figure can be restored, so it keeps its route or metric
// as a live one does: both are counted, and both named when a deletion or a change of unit is refused.

export type FigureUse = { live: number; deleted: number };

export async function figureUse(tx: Tx, column: "routeId" | "metricId", id: number): Promise<FigureUse> {
  const [live, deleted] = await Promise.all([
    tx.figure.count({ where: { [column]: id, ...liveFigureWhere } }),
    tx.figure.count({ where: { [column]: id, deletedAt: { not: null } } }),
  ]);
  return { live, deleted };
}

/** ["3 figures", "1 deleted figure (which can be restored)"], leaving out a kind there is none of. */
export function figureUsePhrases({ live, deleted }: FigureUse): string[] {
  return [
    ...(live > 0 ? [countOf(live, "figure")] : []),
    ...(deleted > 0 ? [`${countOf(deleted, "deleted figure")} (which can be restored)`] : []),
  ];
}
