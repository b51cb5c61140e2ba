import type { ComparisonRow } from "../data/types";

/** INSTC branches first, then the alternatives; within each, smallest value first and "no data" last. */
export function sortComparisonRows(rows: ComparisonRow[]): ComparisonRow[] {
  const group = (row: ComparisonRow) => (row.route.kind === "instc" ? 0 : 1);
  return [...rows].sort(
    (a, b) =>
      group(a) - group(b) ||
      (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) ||
      (a.value && b.value ? a.value.plotLow - b.value.plotLow : 0) ||
      a.route.position - b.route.position,
  );
}
