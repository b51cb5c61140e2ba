import type { Route } from "next";
import Link from "next/link";
import { toQueryString, type FigureFilter } from "@/lib/filters/figure-filter";

/** "14 figures" when all are listed; "The first 100 of 2,345 figures" when the list is one page of more. */
export function listedCount(shown: number, total: number): string {
  return shown < total ? `The first ${shown} of ${total.toLocaleString("en")} figures` : `${total} ${total === 1 ? "figure" : "figures"}`;
}

/** Under a page's first hundred figures: the way to all of them, in the paged figure list. */
export function MoreFigures({ shown, total, filter }: { shown: number; total: number; filter: FigureFilter }) {
  if (shown >= total) return null;
  return (
    <p>
      <Link href={`/figures${toQueryString(filter)}` as Route}>All {total.toLocaleString("en")} figures</Link> in the figure list, a
      hundred to a page.
    </p>
  );
}
