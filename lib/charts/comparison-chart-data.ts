import type { ComparisonValue, RouteComparison, RouteSummary, SourceRef } from "@/lib/data/types";
import { distinctSources } from "@/lib/sources/source-dates";
import { clipped, firstOf } from "@/lib/sources/first-of";

// What a route-comparison chart needs in the browser, and no more: the page's payload carries a client
// component's props whole, and a comparison's rows carry each route's description and every figure's id, source
// and note. A row whose latest period has dozens of figures (sources disagreeing, at a million figures) sent all
// of them to every reader; the table under the chart, rendered on the server, names them.

/** How many sources and notes a bar's tooltip names; the rest are counted ("and 4 more sources, in the table"). */
export const tooltipSources = 3;
export const tooltipNotes = 2;
/**
 * A tooltip note's length, past which it is clipped ("…"); the table names it whole. The sourced dataset's longest
 * note is 132 characters, so only generated data (notes of 400 and more, at a million figures) is clipped.
 */
export const tooltipNoteLength = 200;

export type ComparisonChartValue = Pick<ComparisonValue, "low" | "high" | "plotLow" | "plotHigh" | "unit" | "statuses" | "periodLabels"> & {
  sources: SourceRef[];
  moreSources: number;
  notes: string[];
  moreNotes: number;
};

export type ComparisonChartRow = {
  route: Pick<RouteSummary, "slug" | "name" | "kind">;
  value: ComparisonChartValue | null;
  unlike: string[];
};

export type ComparisonChartData = { title: string; unit: string; rows: ComparisonChartRow[] };

export function comparisonChartData(comparison: RouteComparison): ComparisonChartData {
  return {
    title: comparison.title,
    unit: comparison.unit,
    rows: comparison.rows.map(({ route, value, unlike }) => {
      if (!value) return { route: { slug: route.slug, name: route.name, kind: route.kind }, value: null, unlike };
      const sources = firstOf(distinctSources(value.sources), tooltipSources);
      const notes = firstOf(value.notes, tooltipNotes);
      return {
        route: { slug: route.slug, name: route.name, kind: route.kind },
        value: {
          low: value.low,
          high: value.high,
          plotLow: value.plotLow,
          plotHigh: value.plotHigh,
          unit: value.unit,
          statuses: value.statuses,
          periodLabels: value.periodLabels,
          sources: sources.shown,
          moreSources: sources.more,
          notes: notes.shown.map((note) => clipped(note, tooltipNoteLength)),
          moreNotes: notes.more,
        },
        unlike,
      };
    }),
  };
}
