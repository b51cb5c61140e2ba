import { ChartFrame } from "@/components/charts/chart-frame";
import { comparisonFinding, comparisonNotes, describeComparison } from "@/lib/charts/describe-chart";
import { LazyRouteComparisonChart as RouteComparisonChart } from "@/components/charts/lazy-charts";
import { ComparisonTable } from "@/components/tables/comparison-table";
import { comparisonCsvUrl } from "@/lib/csv/csv-urls";
import type { RouteComparison } from "@/lib/data/types";

/** One measure of the route comparison, framed: finding, unit, bars, table, sources, notes and CSV. */
export function ComparisonPanel({ comparison }: { comparison: RouteComparison }) {
  return (
    <ChartFrame
      title={comparisonFinding(comparison)}
      subtitle={`${comparison.title}, in ${comparison.unit}`}
      description={describeComparison(comparison)}
      sources={comparison.rows.flatMap((row) => row.value?.sources ?? [])}
      notes={comparisonNotes(comparison)}
      csvHref={comparisonCsvUrl(comparison.measure)}
      table={<ComparisonTable comparison={comparison} />}
    >
      <RouteComparisonChart comparison={comparison} />
    </ChartFrame>
  );
}
