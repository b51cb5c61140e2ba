import { Fragment } from "react";
import { ChartFrame } from "@/components/charts/chart-frame";
import { describeTrend, pointPeriod, printedUnits, trendFinding, trendNotes, trendSubtitle } from "@/lib/charts/describe-chart";
import { LazyTrendChart as TrendChart } from "@/components/charts/lazy-charts";
import { trendChartState } from "@/lib/charts/chart-state";
import { distinctSources } from "@/components/source-line";
import { TrendTable } from "@/components/tables/trend-table";
import { FigureStatusLabel } from "@/components/tables/figure-status";
import type { TrendChartData, TrendPoint } from "@/lib/data/types";
import { formatValue } from "@/lib/format/format-number";
import type { FigureFilter } from "@/lib/filters/figure-filter";
import type { CiteContext } from "@/lib/citations/citation";
import type { TrendView } from "@/lib/filters/trend-view";
import type { AsOf } from "@/lib/filters/as-of";

/**
 * A metric's dated figures as a chart framed the same way everywhere: the finding as its title, the unit, the
 * numbers as a table, sources, notes and its downloads (the metric's figures within `filter`, e.g. one route, in the
 * reader's view).
 */
export function TrendPanel({
  trend,
  filter,
  view,
  viewPrefix,
  headingLevel,
  asOf = null,
  cite,
}: {
  trend: TrendChartData;
  filter: FigureFilter;
  /** The view the address asks for, and where it sits in the address (an embed's bare keys; a page's are prefixed). */
  view?: TrendView;
  viewPrefix?: string;
  headingLevel?: 2 | 3 | 4;
  /** The moment the page shows: its downloads and embed are of it too. */
  asOf?: AsOf;
  /** The page's citation moment; without it (an embed) the chart has no Cite block. */
  cite?: CiteContext;
}) {
  // Scale sisters drawn here (figures printed in USD m on a USD bn chart): named, and linked to their own pages.
  const printed = printedUnits(trend);
  const drawnSisters = trend.sisters.filter((sister) => printed.includes(sister.unit));
  // A series of one figure is a tile, not a full-width chart with one dot in it.
  const points = trend.series.flatMap((series) => series.points);
  const single = points.length === 1 ? points[0]! : null;
  return (
    <ChartFrame
      title={trendFinding(trend)}
      subtitle={trendSubtitle(trend)}
      description={describeTrend(trend)}
      sources={distinctSources(trend.series.flatMap((series) => series.points.map((point) => point.source)))}
      notes={[
        ...trendNotes(trend),
        ...drawnSisters.map((sister) => (
          <Fragment key={sister.slug}>
            As printed, with their own CSV: <a href={`/metrics/${sister.slug}`}>{sister.name}</a>.
          </Fragment>
        )),
      ]}
      chart={{ ...trendChartState({ ...filter, metric: trend.metric.slug }, view), ...(asOf ? { asOf } : {}) }}
      viewPrefix={viewPrefix}
      table={<TrendTable trend={trend} />}
      lastEditedAt={trend.lastEditedAt}
      cite={cite}
      headingLevel={headingLevel}
    >
      {single ? <SingleFigure point={single} unit={trend.metric.unit} /> : <TrendChart trend={trend} viewPrefix={viewPrefix} />}
    </ChartFrame>
  );
}

/** The one dated figure of a trend, as a tile: its value, period and status; the frame gives its source. */
function SingleFigure({ point, unit }: { point: TrendPoint; unit: string }) {
  return (
    <div className="single-figure">
      <p className="figure-value">{formatValue(point.valueText, unit)}</p>
      {point.printed ? (
        <p className="single-figure-printed">printed as {formatValue(point.printed.valueText, point.printed.unit)}</p>
      ) : null}
      <p>
        {pointPeriod(point)} <FigureStatusLabel status={point.status} />
      </p>
      <p className="single-figure-note">The only figure with a period so far, so there is no trend to draw.</p>
    </div>
  );
}
