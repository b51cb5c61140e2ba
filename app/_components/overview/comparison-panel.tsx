import { ChartFrame } from "@/components/charts/chart-frame";
import { comparisonFinding, comparisonNotes, describeComparison } from "@/lib/charts/describe-chart";
import { LazyRouteComparisonChart as RouteComparisonChart } from "@/components/charts/lazy-charts";
import { ComparisonTable } from "@/components/tables/comparison-table";
import { comparisonChartData } from "@/lib/charts/comparison-chart-data";
import type { RouteComparison } from "@/lib/data/types";
import type { AsOf } from "@/lib/filters/as-of";
import type { CiteContext } from "@/lib/citations/citation";

/** One measure of the route comparison, framed: finding, unit, bars, table, sources, notes and CSV. */
export function ComparisonPanel({
  comparison,
  headingLevel,
  asOf = null,
  cite,
}: {
  comparison: RouteComparison;
  headingLevel?: 2 | 3 | 4;
  /** The moment the page shows: its downloads and embed are of it too. */
  asOf?: AsOf;
  /** The page's citation moment; without it (an embed) the chart has no Cite block. */
  cite?: CiteContext;
}) {
  return (
    <ChartFrame
      title={comparisonFinding(comparison)}
      subtitle={`${comparison.title}, in ${comparison.unit}`}
      description={describeComparison(comparison)}
      sources={comparison.rows.flatMap((row) => row.value?.sources ?? [])}
      notes={comparisonNotes(comparison)}
      chart={{ chart: "comparison", measure: comparison.measure, ...(asOf ? { asOf } : {}) }}
      table={<ComparisonTable comparison={comparison} />}
      lastEditedAt={comparison.lastEditedAt}
      cite={cite}
      headingLevel={headingLevel}
    >
      <RouteComparisonChart comparison={comparisonChartData(comparison)} />
    </ChartFrame>
  );
}
