import type { Route } from "next";
import Link from "next/link";
import { ChartFrame } from "@/components/charts/chart-frame";
import { describeTrend, trendFinding, trendNotes } from "@/lib/charts/describe-chart";
import { LazyTrendChart as TrendChart } from "@/components/charts/lazy-charts";
import { trendChartState } from "@/lib/charts/chart-state";
import { TrendTable } from "@/components/tables/trend-table";
import type { TrendChartData } from "@/lib/data/types";
import { withAsOf, type AsOf } from "@/lib/filters/as-of";
import type { CiteContext } from "@/lib/citations/citation";

/** A trend on the overview: its finding as the title, the metric's name linking to the metric's own page. */
export function OverviewTrendPanel({ trend, asOf = null, cite }: { trend: TrendChartData; asOf?: AsOf; cite?: CiteContext }) {
  return (
    <ChartFrame
      title={trendFinding(trend)}
      subtitle={
        <>
          <Link href={withAsOf(`/metrics/${trend.metric.slug}`, asOf) as Route}>{trend.metric.name}</Link>, in {trend.metric.unit}
        </>
      }
      description={describeTrend(trend)}
      sources={trend.series.flatMap((series) => series.points.map((point) => point.source))}
      notes={trendNotes(trend)}
      chart={{ ...trendChartState({ metric: trend.metric.slug }), ...(asOf ? { asOf } : {}) }}
      table={<TrendTable trend={trend} />}
      lastEditedAt={trend.lastEditedAt}
      cite={cite}
    >
      <TrendChart trend={trend} />
    </ChartFrame>
  );
}
