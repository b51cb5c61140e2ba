"use client";

import { useId, type ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
  type YAxisTickContentProps,
} from "recharts";
import type { ComparisonChartData, ComparisonChartRow } from "@/lib/charts/comparison-chart-data";
import { moreText } from "@/lib/sources/first-of";
import { formatNumber } from "@/lib/format/format-number";
import { asOfPhrase } from "../source-line";
import { comparisonValueText, unlikeText } from "@/lib/charts/describe-chart";
import { routeColour } from "@/lib/charts/route-colours";
import {
  hatch,
  statusPaint as barPaint,
  statusStyle,
  statusStyleLabels,
  statusesInWords,
  type StatusStyle,
} from "@/lib/charts/status-encoding";
import { measureText } from "./measure-text";
import { niceTicks } from "@/lib/charts/nice-ticks";
import { useElementWidth } from "./use-element-width";
import styles from "./chart.module.css";

// Horizontal bars, one row per route in the order given (INSTC branches first). Each row carries the route's full
// name above its bar, so every route is named in the chart, however narrow the screen. Every bar starts at zero so
// its length reads as its value: a range (45–60 days) is a bar to its low end with a lighter extension to its high
// end, so it never looks shorter than a 25-day bar. Routes without a comparable figure are named in one line below.
// The value axis spans the data and zero: a negative value is a bar from zero leftwards, beside a zero line.

type Datum = {
  slug: string;
  row: ComparisonChartRow;
  /** [from, to] of the bar, zero one of them unless a range crosses zero. Absent for "no data": no bar is drawn. */
  span?: [number, number];
  isRange: boolean;
  /** Where the solid part ends: the end nearer zero (a range's low end for positive values). */
  near: number;
  /** The far end of the bar, where its label sits. */
  far: number;
  label: string;
  lines: string[];
  colour: string;
  style: StatusStyle | null;
};

const NAME_FONT = 13;
const LINE_HEIGHT = 16;
const BAR_HEIGHT = 18;
const ROW_GAP = 16;
const AXIS_HEIGHT = 24;
const LABEL_FONT = 12;

function textWidth(text: string, fontSize: number): number {
  return measureText(text, fontSize, 600) + 2;
}

/** Splits a name into lines that fit `width`, keeping the trailing space on each line so the text still reads whole. */
function wrap(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, fontSize) > width) {
      lines.push(`${current} `);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

function patternId(chartId: string, slug: string) {
  return `${chartId}-hatch-${slug}`;
}

export function StatusSwatch({ style, colour = "#4a4a4a", patternKey }: { style: StatusStyle; colour?: string; patternKey: string }) {
  const hatch = `${patternKey}-swatch-${style}`;
  return (
    <svg className={styles.swatch} width="22" height="12" viewBox="0 0 22 12" aria-hidden="true" focusable="false">
      {style === "claim" ? <HatchPattern id={hatch} colour={colour} /> : null}
      <rect x="0.75" y="0.75" width="20.5" height="10.5" {...barPaint(style, colour, hatch)} />
    </svg>
  );
}

function HatchPattern({ id, colour }: { id: string; colour: string }) {
  return (
    <defs>
      <pattern id={id} width={hatch.size} height={hatch.size} patternUnits="userSpaceOnUse" patternTransform={`rotate(${hatch.angle})`}>
        <rect width={hatch.size} height={hatch.size} fill={hatch.background} />
        <line x1="0" y1="0" x2="0" y2={hatch.size} stroke={colour} strokeWidth={hatch.stripeWidth} />
      </pattern>
    </defs>
  );
}

function ComparisonTooltip({ active, payload }: TooltipContentProps) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  const { row } = datum;
  const value = row.value;
  return (
    <div className={styles.tooltip}>
      <p className={styles.tooltipTitle}>{row.route.name}</p>
      {value ? (
        <>
          <p className={styles.tooltipValue}>{comparisonValueText(value)}</p>
          <p>
            {statusesInWords(value.statuses)}
            {value.periodLabels.length > 0 ? `, ${value.periodLabels.join("; ")}` : ", no period given"}
          </p>
          {value.notes.map((note) => (
            <p key={note} className={styles.tooltipMuted}>
              {note}
            </p>
          ))}
          {value.moreNotes > 0 ? <p className={styles.tooltipMuted}>{moreText(value.moreNotes, "note")} in the table</p> : null}
          {value.sources.map((source) => (
            <p key={`${source.publisher}-${source.title}`} className={styles.tooltipMuted}>
              Source: {source.publisher}, {source.title} ({asOfPhrase(source)})
            </p>
          ))}
          {value.moreSources > 0 ? <p className={styles.tooltipMuted}>{moreText(value.moreSources, "source")}, in the table</p> : null}
        </>
      ) : (
        <p>{unlikeText(row) ?? "No data: Corridor Watch has no figure for this route."}</p>
      )}
    </div>
  );
}

export function RouteComparisonChart({ comparison }: { comparison: ComparisonChartData }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const chartId = `cmp${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  // Routes without a figure get no row of their own: one line under the chart names them.
  const noFigure = comparison.rows.filter((row) => row.value === null && row.unlike.length === 0).map((row) => row.route.name);
  const notComparable = comparison.rows.filter((row) => row.value === null && row.unlike.length > 0).map((row) => row.route.name);
  const data: Datum[] = comparison.rows
    .filter((row) => row.value !== null)
    .map((row) => {
      const value = row.value;
      const isRange = value !== null && value.low !== value.high;
      const low = value?.plotLow ?? 0;
      const high = value?.plotHigh ?? 0;
      // Positive values run from zero to the high end, negative ones from zero to the low end.
      const negative = high <= 0 && low < 0;
      const near = negative ? high : low;
      const far = negative ? low : high;
      return {
        slug: row.route.slug,
        row,
        ...(value ? { span: [Math.min(0, low), Math.max(0, high)] as [number, number] } : {}),
        isRange,
        near,
        far,
        label: value ? comparisonValueText(value) : "",
        lines: [row.route.name],
        colour: routeColour(row.route.slug, row.route.kind),
        style: value ? statusStyle(value.statuses) : null,
      };
    });
  const styleKeys = (["reported", "claim", "projection"] as const).filter((key) => data.some((datum) => datum.style === key));
  const valueTicks = niceTicks(
    Math.min(0, ...data.map((datum) => datum.span?.[0] ?? 0)),
    Math.max(0, ...data.map((datum) => datum.span?.[1] ?? 0)),
  );
  const hasNegative = valueTicks[0]! < 0;
  const estimatedHeight = data.length * (LINE_HEIGHT * 2 + 4 + BAR_HEIGHT + ROW_GAP) + AXIS_HEIGHT;

  let chart: ReactNode = null;
  let height = estimatedHeight;
  if (width !== null && width > 0) {
    for (const datum of data) datum.lines = wrap(datum.row.route.name, width, NAME_FONT);
    const maxLines = Math.max(1, ...data.map((datum) => datum.lines.length));
    const rowHeight = maxLines * LINE_HEIGHT + 4 + BAR_HEIGHT + ROW_GAP;
    height = data.length * rowHeight + AXIS_HEIGHT;
    // Room right of the longest bar for its value label.
    const labelRoom = Math.min(width * 0.45, Math.max(...data.map((datum) => textWidth(datum.label, LABEL_FONT))) + 12);
    const leftRoom = hasNegative
      ? Math.min(width * 0.3, Math.max(...data.filter((datum) => datum.far < 0).map((datum) => textWidth(datum.label, LABEL_FONT)), 0) + 12)
      : 0;
    // Each bar sits right under its own name; rows share one height, that of the longest name.
    const barTop = (bandCentre: number, datum: Datum) => bandCentre - rowHeight / 2 + datum.lines.length * LINE_HEIGHT + 4;

    const renderLabel = (props: YAxisTickContentProps) => {
      const datum = data[props.index];
      const centre = Number(props.y);
      if (!datum) return <g />;
      const top = centre - rowHeight / 2;
      return (
        <g>
          <text x={0} y={top + NAME_FONT} fontSize={NAME_FONT} fill="#1a1a1a" fontWeight={600}>
            {datum.lines.map((line, index) => (
              <tspan key={index} x={0} dy={index === 0 ? 0 : LINE_HEIGHT}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      );
    };

    const renderBar = (props: BarShapeProps) => {
      const datum = props.payload as Datum | undefined;
      if (!datum?.style) return <g />;
      const top = barTop(props.y + props.height / 2, datum);
      const paint = barPaint(datum.style, datum.colour, patternId(chartId, datum.slug));
      const [from, to] = datum.span ?? [0, 0];
      // Pixels of a value, from the bar's own extent (Recharts gives the span's pixels, the scale is linear).
      const px = (value: number) => (to === from ? props.x : props.x + ((value - from) / (to - from)) * props.width);
      const zero = px(0);
      const solidTo = datum.isRange ? px(datum.near) : px(datum.far);
      const farEnd = px(datum.far);
      const leftwards = datum.far < 0;
      const solidX = Math.min(zero, solidTo);
      const solidWidth = Math.max(Math.abs(solidTo - zero), 2);
      const labelWidth = textWidth(datum.label, LABEL_FONT);
      const labelFits = leftwards ? farEnd - 6 - labelWidth >= 0 : farEnd + 6 + labelWidth <= width;
      return (
        <g>
          <rect x={leftwards && solidWidth === 2 ? zero - 2 : solidX} y={top} width={solidWidth} height={BAR_HEIGHT} {...paint} />
          {datum.isRange ? (
            <>
              {/* From the near end to the far end: the same route's colour, lighter, between two end marks. */}
              <rect
                x={Math.min(solidTo, farEnd)}
                y={top + 3}
                width={Math.max(Math.abs(farEnd - solidTo), 1)}
                height={BAR_HEIGHT - 6}
                fill={datum.colour}
                fillOpacity={0.25}
                stroke={datum.colour}
                strokeWidth={1}
              />
              <line x1={solidTo} x2={solidTo} y1={top - 4} y2={top + BAR_HEIGHT + 4} stroke={datum.colour} strokeWidth={2} />
              <line x1={farEnd} x2={farEnd} y1={top - 4} y2={top + BAR_HEIGHT + 4} stroke={datum.colour} strokeWidth={2} />
            </>
          ) : null}
          <text
            x={labelFits === leftwards ? farEnd - 6 : farEnd + 6}
            y={labelFits ? top + BAR_HEIGHT / 2 : top - 6}
            textAnchor={labelFits === leftwards ? "end" : "start"}
            dominantBaseline="central"
            fontSize={LABEL_FONT}
            fontWeight={600}
            fill="#1a1a1a"
          >
            {datum.label}
          </text>
        </g>
      );
    };

    chart = (
      <BarChart
        width={width}
        height={height}
        data={data}
        layout="vertical"
        margin={{ top: 0, right: labelRoom, bottom: 0, left: leftRoom }}
        barCategoryGap={0}
        title={`${comparison.title}, ${comparison.unit}`}
      >
        {data.map((datum) => (
          <HatchPattern key={datum.slug} id={patternId(chartId, datum.slug)} colour={datum.colour} />
        ))}
        <CartesianGrid horizontal={false} stroke="#e6e6e6" />
        <XAxis
          type="number"
          domain={[valueTicks[0] ?? 0, valueTicks.at(-1) ?? 1]}
          ticks={valueTicks}
          tickFormatter={(tick: number) => formatNumber(String(tick))}
          tick={{ fontSize: 11, fill: "#5a5a5a" }}
          stroke="#8a8a8a"
          height={AXIS_HEIGHT}
        />
        <YAxis type="category" dataKey="slug" width={1} axisLine={false} tickLine={false} tick={renderLabel} interval={0} />
        {hasNegative ? <ReferenceLine x={0} stroke="#4a4a4a" strokeWidth={1} className="cw-zero-line" /> : null}
        <Tooltip content={ComparisonTooltip} cursor={{ fill: "#f0efe9" }} isAnimationActive={false} />
        <Bar dataKey="span" shape={renderBar} isAnimationActive={false} name={comparison.unit} />
      </BarChart>
    );
  }

  return (
    <div>
      <div ref={ref} className={styles.canvas} style={{ height }}>
        {chart}
      </div>
      <ul className={styles.legend} aria-label="Legend">
        {styleKeys.map((key) => (
          <li key={key}>
            <StatusSwatch style={key} patternKey={chartId} />
            {statusStyleLabels[key]}
          </li>
        ))}
        {data.some((datum) => datum.isRange) ? (
          <li>A range: the bar runs to its low end, the lighter part between the end marks up to its high end</li>
        ) : null}
        {noFigure.length > 0 ? <li>No figure for: {noFigure.join(", ")}</li> : null}
        {notComparable.length > 0 ? <li>Not comparable (their figures run between other end points): {notComparable.join(", ")}</li> : null}
        <li>Blues: INSTC branches; orange and plum: alternatives</li>
      </ul>
    </div>
  );
}
