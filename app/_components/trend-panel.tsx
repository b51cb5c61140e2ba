import { ChartFrame } from "@/components/charts/chart-frame";
import { describeTrend, trendFinding, trendNotes } from "@/components/charts/describe-chart";
import { LazyTrendChart as TrendChart } from "@/components/charts/lazy-charts";
import { distinctSources } from "@/components/source-line";
import { TrendTable } from "@/components/tables/trend-table";
import { figuresCsvUrl } from "@/lib/csv/csv-urls";
import type { TrendChartData } from "@/lib/data/types";
import type { FigureFilter } from "@/lib/filters/figure-filter";

/**
 * A metric's dated figures as a chart framed the same way everywhere: the finding as its title, the unit, the
 * numbers as a table, sources, notes and the CSV of the metric's figures (within `filter`, e.g. one route).
 */
export function TrendPanel({ trend, filter, headingLevel }: { trend: TrendChartData; filter: FigureFilter; headingLevel?: 2 | 3 | 4 }) {
  return (
    <ChartFrame
      title={trendFinding(trend)}
      subtitle={`${trend.metric.name}, in ${trend.metric.unit}`}
      description={describeTrend(trend)}
      sources={distinctSources(trend.series.flatMap((series) => series.points.map((point) => point.source)))}
      notes={trendNotes(trend)}
      csvHref={figuresCsvUrl({ ...filter, metric: trend.metric.slug })}
      table={<TrendTable trend={trend} />}
      headingLevel={headingLevel}
    >
      <TrendChart trend={trend} />
    </ChartFrame>
  );
}
