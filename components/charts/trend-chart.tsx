"use client";

import { useMemo, type ReactNode } from "react";
import {
  CartesianGrid,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  type ScatterShapeProps,
  type TooltipContentProps,
} from "recharts";
import { applyTrendView } from "@/lib/dashboard/apply-trend-view";
import { lineSegments } from "@/lib/dashboard/build-trend-series";
import type { EventView, TrendChartData, TrendPoint } from "@/lib/data/types";
import { isDefaultTrendView } from "@/lib/filters/trend-view";
import { formatPartialDate } from "@/lib/format/format-date";
import { formatNumber, formatValue } from "@/lib/format/format-number";
import { withoutParenthetical } from "@/lib/format/without-parenthetical";
import { asOfPhrase } from "../source-line";
import { pointPeriod } from "@/lib/charts/describe-chart";
import {
  disagreeingPublishers,
  disagreementShapes,
  isReported,
  markerPath,
  markerShape,
  seriesColour,
  type MarkerShape,
} from "@/lib/charts/trend-encoding";
import { measureText } from "./measure-text";
import { logTicks, niceTicks } from "@/lib/charts/nice-ticks";
import { placeLabels } from "./place-labels";
import { TrendControls } from "./trend-controls";
import { useElementWidth } from "./use-element-width";
import { useTrendView } from "./use-trend-view";
import styles from "./chart.module.css";

// A metric over time. Each kind of period (full years, first halves, Jan–Sep…) is its own series: its points are
// all drawn, and a line joins only consecutive single-valued periods (lineSegments), so no line runs from an H1 to
// a full year or through a value chosen among disagreeing sources. Where sources disagree, each source gets its
// own marker shape and a small label. Reported figures are filled markers on solid lines; claims, forecasts and
// plans are hollow markers on dashed lines. Events in the time range are thin numbered vertical lines, keyed below.
// The reader's view (years, values or index, linear or log, sources shown) is in the address (useTrendView) and
// applied by the same function as the chart's CSV (applyTrendView). The value axis always spans the data and zero,
// with a zero line where values fall below it; a log axis spans the data only (it has no zero).

const HEIGHT = 280;
const EVENT_ROW = 14;

type Datum = TrendPoint & {
  seriesLabel: string;
  colour: string;
  shape: MarkerShape;
  /** The source's name beside a point where sources disagree, placed above or below so the pair never overlap. */
  sourceLabel: { text: string; placement: "above" | "below" } | null;
  /** Horizontal shift in pixels, to set disagreeing values for the same period side by side. */
  offset: number;
};

type NumberedEvent = EventView & { number: number; x: number };

/** "UrduPoint (quoting Vyacheslav Volodin)" → "UrduPoint": short enough to sit beside a point. */
function shortPublisher(publisher: string): string {
  return withoutParenthetical(publisher);
}

function utcYearStart(year: number): number {
  return Date.UTC(year, 0, 1);
}

function Marker({ shape, cx, cy, colour, filled }: { shape: MarkerShape; cx: number; cy: number; colour: string; filled: boolean }) {
  const paint = { fill: filled ? colour : "#ffffff", stroke: colour, strokeWidth: 2 };
  return <path d={markerPath(shape, cx, cy)} {...paint} />;
}

/** The legend's little picture of a marker (and its line), in HTML. */
function MarkerSwatch({ shape, colour, filled, line }: { shape: MarkerShape; colour: string; filled: boolean; line?: "solid" | "dashed" }) {
  return (
    <svg className={styles.swatch} width="26" height="14" viewBox="0 0 26 14" aria-hidden="true" focusable="false">
      {line ? (
        <line x1="1" x2="25" y1="7" y2="7" stroke={colour} strokeWidth="2" strokeDasharray={line === "dashed" ? "5 3" : undefined} />
      ) : null}
      <Marker shape={shape} cx={13} cy={7} colour={colour} filled={filled} />
    </svg>
  );
}

function renderPoint(props: ScatterShapeProps): ReactNode {
  const datum = props.payload as Datum | undefined;
  const { cx, cy } = props;
  if (!datum || cx === undefined || cy === undefined) return <g />;
  // Disagreeing values for one period sit side by side, a few pixels apart, so close values never hide each other.
  return (
    <g className="cw-point" data-value={datum.valueText}>
      <Marker shape={datum.shape} cx={cx + datum.offset} cy={cy} colour={datum.colour} filled={isReported(datum.status)} />
    </g>
  );
}

const LABEL_FONT = 11;
const MARKER_RADIUS = 6;

/**
 * The sources' names beside disagreeing points, laid out together (placeLabels) so that no name covers another
 * or any marker, and each stays inside the plot; a name with no free place is left out, its shape in the legend.
 */
function SourceLabels({ data }: { data: Datum[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const positioned = data.flatMap((datum) => {
    const x = xScale(datum.x);
    const y = yScale(datum.value);
    return x === undefined || y === undefined ? [] : [{ datum, x: x + datum.offset, y }];
  });
  const obstacles = positioned.map(({ x, y }) => ({
    x: x - MARKER_RADIUS,
    y: y - MARKER_RADIUS,
    width: MARKER_RADIUS * 2,
    height: MARKER_RADIUS * 2,
  }));
  const requests = positioned.flatMap(({ datum, x, y }) =>
    datum.sourceLabel
      ? [
          {
            key: String(datum.figureId),
            x,
            y,
            width: measureText(datum.sourceLabel.text, LABEL_FONT) + 2,
            height: Math.ceil(LABEL_FONT * 1.3),
            prefer: datum.sourceLabel.placement,
          },
        ]
      : [],
  );
  const texts = new Map(data.map((datum) => [String(datum.figureId), datum.sourceLabel?.text ?? ""]));
  return (
    <g aria-hidden="true" className="cw-source-labels">
      {placeLabels(requests, obstacles, plot).map((label) => (
        <text
          key={label.key}
          x={label.x}
          y={label.y}
          dominantBaseline={label.baseline}
          textAnchor={label.anchor}
          fontSize={LABEL_FONT}
          fill="#444444"
        >
          {texts.get(label.key)}
        </text>
      ))}
    </g>
  );
}

function TrendTooltip({ active, payload, unit }: TooltipContentProps & { unit: string }) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  return (
    <div className={styles.tooltip}>
      <p className={styles.tooltipTitle}>
        {pointPeriod(datum)} <span className={styles.tooltipMuted}>({datum.seriesLabel})</span>
      </p>
      {datum.indexed ? (
        <>
          <p className={styles.tooltipValue}>Index {formatNumber(datum.valueText)}</p>
          <p>
            {formatValue(datum.indexed.valueText, unit)}; {datum.indexed.basePeriod} = 100
          </p>
        </>
      ) : (
        <p className={styles.tooltipValue}>{formatValue(datum.valueText, unit)}</p>
      )}
      {datum.printed ? <p className={styles.tooltipMuted}>printed as {formatValue(datum.printed.valueText, datum.printed.unit)}</p> : null}
      <p>{datum.status}</p>
      {datum.disagrees ? <p>Sources disagree on this period; every value is shown.</p> : null}
      <p className={styles.tooltipMuted}>
        Source: {datum.source.publisher}, {datum.source.title} ({asOfPhrase(datum.source)})
      </p>
    </div>
  );
}

/** Numbered vertical lines for events, the numbers stacked in rows where events sit close together. */
function EventMarkers({ events }: { events: NumberedEvent[] }) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  const rowEnds: number[] = [];
  return (
    <g aria-hidden="true">
      {events.map((event) => {
        const x = scale(event.x);
        if (x === undefined) return null;
        let row = rowEnds.findIndex((end) => end + 16 <= x);
        if (row === -1) row = rowEnds.length;
        rowEnds[row] = x;
        const labelY = plot.y - 4 - row * EVENT_ROW;
        return (
          <g key={event.id}>
            <title>{`${formatPartialDate(event.date, event.datePrecision)}: ${event.title}`}</title>
            <line
              x1={x}
              x2={x}
              y1={labelY + 2}
              y2={plot.y + plot.height}
              stroke="#a8a8a8"
              strokeWidth={1}
              strokeDasharray={event.status === "planned" ? "3 3" : undefined}
            />
            <text x={x} y={labelY} textAnchor="middle" fontSize={11} fill="#444444">
              {event.number}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** How many rows of event numbers the markers need, from the same rule EventMarkers applies to pixel positions. */
function eventRows(events: NumberedEvent[], [min, max]: [number, number], plotWidth: number): number {
  const rowEnds: number[] = [];
  for (const event of events) {
    const x = ((event.x - min) / (max - min)) * plotWidth;
    let row = rowEnds.findIndex((end) => end + 16 <= x);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = x;
  }
  return rowEnds.length;
}

/** `viewPrefix`: where the chart's view sits in the address, when not under its metric (an embed's bare keys). */
export function TrendChart({ trend, viewPrefix }: { trend: TrendChartData; viewPrefix?: string }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const { unit } = trend.metric;
  const { view, setView, ...read } = useTrendView(trend.metric.slug, viewPrefix);
  const applied = useMemo(() => applyTrendView(trend, view), [trend, view]);
  const indexed = applied.mode === "indexed";
  const points = applied.series.flatMap((series) => series.points);

  // One marker shape per source, for the sources of disagreeing periods only.
  const publishers = disagreeingPublishers(points);
  const shapeOf = (point: TrendPoint): MarkerShape => markerShape(point, publishers);

  // A source's name beside each disagreeing point, where there is room for them all (about 90 px each); otherwise
  // only the marker shapes, which the legend names, so names never pile up on a phone or a dense chart.
  const labelSources = width !== null && points.filter((point) => point.disagrees).length * 90 <= width;

  const series = applied.series.map((entry, index) => {
    const colour = seriesColour(index);
    const data: Datum[] = entry.points.map((point) => {
      const samePeriod = entry.points.filter((other) => other.periodStart === point.periodStart && other.periodEnd === point.periodEnd);
      const rank = [...samePeriod].sort((a, b) => b.value - a.value).indexOf(point);
      return {
        ...point,
        seriesLabel: entry.label,
        colour,
        shape: shapeOf(point),
        sourceLabel:
          point.disagrees && labelSources
            ? { text: shortPublisher(point.source.publisher), placement: rank === 0 ? "above" : "below" }
            : null,
        offset: samePeriod.length > 1 ? (samePeriod.indexOf(point) - (samePeriod.length - 1) / 2) * 9 : 0,
      };
    });
    const segments = lineSegments(entry).map((segment) => segment.map((point) => data.find((datum) => datum.figureId === point.figureId)!));
    return { key: entry.key, label: entry.label, colour, data, segments };
  });

  // The years drawn: those of the points shown, within the years the reader chose.
  const years = points.flatMap((point) => [Number(point.periodStart.slice(0, 4)), Number(point.periodEnd.slice(0, 4))]);
  const firstYear = Math.max(years.length > 0 ? Math.min(...years) : new Date().getUTCFullYear(), view.since ?? -Infinity);
  const lastYear = Math.max(firstYear, Math.min(years.length > 0 ? Math.max(...years) : firstYear, view.until ?? Infinity));
  const domain: [number, number] = [utcYearStart(firstYear), utcYearStart(lastYear + 1)];
  // Labels sit mid-year, where a full year's point is drawn; faint grid lines mark where each year starts.
  const yearStarts = Array.from({ length: lastYear - firstYear }, (_, index) => utcYearStart(firstYear + index + 1));
  const yearTicks = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => Date.UTC(firstYear + index, 6, 2));

  const events: NumberedEvent[] = trend.events
    .map((event) => ({ ...event, x: Date.parse(`${event.date}T00:00:00Z`) }))
    .filter((event) => event.x >= domain[0] && event.x <= domain[1])
    .map((event, index) => ({ ...event, number: index + 1 }));

  const values = points.map((point) => point.value);
  const maxValue = values.length > 0 ? Math.max(...values) : 0;
  const minValue = values.length > 0 ? Math.min(...values) : 0;
  // Headroom beyond the highest and lowest points keeps the labels of disagreeing sources inside the plot.
  const valueTicks =
    (applied.scale === "log" ? logTicks(minValue, maxValue) : null) ??
    niceTicks(minValue < 0 ? minValue * 1.15 : 0, maxValue > 0 ? maxValue * 1.15 : 0);
  const yAxisWidth = Math.max(36, ...valueTicks.map((tick) => formatNumber(String(tick)).length * 7 + 10));
  const crossesZero = applied.scale === "linear" && valueTicks[0]! < 0;
  const hasProjection = points.some((point) => !isReported(point.status));
  const hasSegments = series.some((entry) => entry.segments.length > 0);

  let chart: ReactNode = null;
  if (width !== null && width > 0 && points.length > 0) {
    const margin = { top: 8, right: 16, bottom: 4, left: 0 };
    const rows = eventRows(events, domain, width - yAxisWidth - margin.right);
    margin.top += rows * EVENT_ROW + (rows > 0 ? 4 : 0);
    chart = (
      <ScatterChart width={width} height={HEIGHT} margin={margin} title={`${trend.metric.name}, ${unit}`}>
        <CartesianGrid verticalValues={yearStarts} stroke="#ececec" />
        <XAxis
          type="number"
          dataKey="x"
          domain={domain}
          ticks={yearTicks}
          tickFormatter={(tick: number) => String(new Date(tick).getUTCFullYear())}
          tick={{ fontSize: 11, fill: "#5a5a5a" }}
          stroke="#8a8a8a"
          allowDataOverflow
        />
        <YAxis
          type="number"
          dataKey="value"
          scale={applied.scale}
          domain={[valueTicks[0] ?? 0, valueTicks.at(-1) ?? 1]}
          ticks={valueTicks}
          width={yAxisWidth}
          tickFormatter={(tick: number) => formatNumber(String(tick))}
          tick={{ fontSize: 11, fill: "#5a5a5a" }}
          axisLine={false}
          tickLine={false}
        />
        {crossesZero ? <ReferenceLine y={0} stroke="#4a4a4a" strokeWidth={1} ifOverflow="extendDomain" className="cw-zero-line" /> : null}
        {indexed ? <ReferenceLine y={100} stroke="#8a8a8a" strokeDasharray="2 2" /> : null}
        <EventMarkers events={events} />
        {series.flatMap((entry) =>
          entry.segments.map((segment, index) => (
            <Scatter
              key={`${entry.key}-line-${index}`}
              data={segment}
              line={{
                stroke: entry.colour,
                strokeWidth: 2,
                strokeDasharray: segment.every((point) => isReported(point.status)) ? undefined : "5 3",
              }}
              shape={() => <g />}
              tooltipType="none"
              legendType="none"
              isAnimationActive={false}
            />
          )),
        )}
        {series.map((entry) => (
          <Scatter key={entry.key} name={entry.label} data={entry.data} shape={renderPoint} isAnimationActive={false} />
        ))}
        <SourceLabels data={series.flatMap((entry) => entry.data)} />
        <Tooltip content={(props) => <TrendTooltip {...props} unit={unit} />} cursor={false} isAnimationActive={false} />
      </ScatterChart>
    );
  }

  return (
    <div>
      <TrendControls view={view} applied={applied} errors={read.ok ? [] : read.errors} onChange={setView} />
      <p className={styles.unitLabel} aria-hidden="true">
        {indexed ? `Index, first period shown = 100 (from ${unit})` : unit}
        {applied.scale === "log" ? ", log scale" : ""}
      </p>
      <div ref={ref} className={styles.canvas} style={{ height: points.length > 0 ? HEIGHT : "auto" }}>
        {points.length === 0 ? <p>No dated figures to chart{isDefaultTrendView(view) ? "" : " in this view"}.</p> : chart}
      </div>
      <ul className={styles.legend} aria-label="Legend">
        {series.map((entry) => (
          <li key={entry.key}>
            <MarkerSwatch shape="circle" colour={entry.colour} filled line={entry.segments.length > 0 ? "solid" : undefined} />
            {entry.label}
          </li>
        ))}
        {publishers.length > 0 ? (
          <li className={styles.legendGroup}>
            Where sources disagree, one shape per source:
            {publishers.map((publisher, index) => (
              <span key={publisher} className={styles.legendPair}>
                <MarkerSwatch shape={disagreementShapes[index % disagreementShapes.length]!} colour="#2b2b2b" filled />
                {publisher}
              </span>
            ))}
          </li>
        ) : null}
        <li>Filled marker: reported statistic</li>
        {hasProjection ? (
          <li>
            <MarkerSwatch shape="circle" colour="#2b2b2b" filled={false} line="dashed" />
            Hollow marker, dashed line: claim, forecast or plan
          </li>
        ) : null}
        {hasSegments ? <li>Lines join consecutive periods of the same length only</li> : null}
        {events.length > 0 ? <li>Numbered grey lines: events, listed below (dashed if planned)</li> : null}
      </ul>
      {events.length > 0 ? (
        <ol className={styles.eventKey} aria-label="Events marked on the chart">
          {events.map((event) => (
            <li key={event.id}>
              {formatPartialDate(event.date, event.datePrecision)}: {event.title}
              {event.status === "planned" ? " (planned)" : ""}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
