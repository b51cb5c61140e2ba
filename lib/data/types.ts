import type { metricCategories } from "../admin/metrics/metric-input";
import type { ClaimOutcome, RulingOutcome } from "../claims/claim-outcome";
import type { ComparisonMeasure } from "../filters/comparison-measure";

// Plain, serializable shapes the data layer hands to pages and charts. Decimals arrive as the exact text
// stored (never a float) and dates as ISO strings; they are converted once, in lib/data.

export type FigureStatus = "reported" | "claim" | "forecast" | "plan";
export type DatePrecision = "day" | "month" | "year";

export type SourceRef = {
  publisher: string;
  title: string;
  url: string | null;
  /** ISO date of the publication's first known day, shown only to `datePrecision`. */
  date: string | null;
  datePrecision: DatePrecision | null;
};

export type FigureView = {
  id: number;
  metric: { slug: string; name: string; unit: string };
  route: { slug: string; name: string } | null;
  subject: string;
  periodStart: string | null;
  periodEnd: string | null;
  periodLabel: string | null;
  /** Exactly as stored: "4.0" stays "4.0". */
  value: string;
  status: FigureStatus;
  source: SourceRef;
  note: string | null;
  /** The person the outlet quotes, and the agency or primary publisher the number comes from (null: not stated). */
  quotedSpeaker: string | null;
  dataOwner: string | null;
  version: number;
  /** When the row was last written, by anyone: loading the seed counts, so it is no "last changed" to show readers. */
  updatedAt: string;
  /** When an editor last changed it (ISO 8601, UTC); null when none has since it was loaded. */
  lastEditedAt: string | null;
  /** Set only for deleted figures, which only the admin pages read. */
  deletedAt?: string | null;
};

export type RouteKind = "instc" | "alternative";
export type MetricCategory = (typeof metricCategories)[number];

export type RouteSummary = {
  slug: string;
  name: string;
  kind: RouteKind;
  modes: string[];
  via: string;
  description: string;
  position: number;
};

export type MetricSummary = {
  slug: string;
  name: string;
  unit: string;
  category: MetricCategory;
  description: string;
  figureCount: number;
};

export type EventView = {
  id: number;
  /** ISO date of the first day the event may have happened on; show it only to `datePrecision`. */
  date: string;
  datePrecision: DatePrecision;
  title: string;
  route: { slug: string; name: string } | null;
  status: "happened" | "planned";
  source: SourceRef;
  /** Slugs of the metrics whose charts it annotates, sorted; empty when it is drawn on none (timelines only). */
  metrics: string[];
};

/** What the route-comparison charts measure. */
export type { ComparisonMeasure };

/**
 * One route's value on a measure: a single figure, or a range when the latest figures for it differ (a "45–60
 * days" claim is stored as two figures). Plot values are numbers for drawing only; text values are exact.
 */
export type ComparisonValue = {
  low: string;
  high: string;
  plotLow: number;
  plotHigh: number;
  unit: string;
  statuses: FigureStatus[];
  periodLabels: string[];
  metricNames: string[];
  notes: string[];
  sources: SourceRef[];
  figureIds: number[];
};

/**
 * `unlike`: subjects of the route's figures on this measure that run between other ends than the measure's
 * (the Middle Corridor's "China–Europe" on a Russia–India chart): left out of the comparison, and named.
 */
export type ComparisonRow = { route: RouteSummary; value: ComparisonValue | null; unlike: string[] };

export type RouteComparison = {
  measure: ComparisonMeasure;
  title: string;
  unit: string;
  rows: ComparisonRow[];
  /**
   * When an editor last changed one of its figures (ISO 8601, UTC); null if none has since they were loaded. The data
   * layer always sets it; optional so that hand-made charts (the image renderers' fixtures) need not.
   */
  lastEditedAt?: string | null;
};

export type TrendPoint = {
  figureId: number;
  periodStart: string;
  periodEnd: string;
  periodLabel: string;
  /** Middle of the period, in ms since the epoch: where the point sits on a time axis. */
  x: number;
  value: number;
  /** The exact value in the chart's unit (moved by a power of ten if the source printed it at another scale). */
  valueText: string;
  /** What the source printed, when it was at another scale than the chart's unit ("1,234 USD m" on a USD bn chart). */
  printed: { valueText: string; unit: string } | null;
  status: FigureStatus;
  source: SourceRef;
  /** True when another source gives a different value for the same period. */
  disagrees: boolean;
  /** In an indexed view (lib/dashboard/apply-trend-view): the value as given, and the period set to 100. */
  indexed?: { valueText: string; basePeriod: string };
};

/**
 * Points of one kind of period (full years, first halves, Jan–Sep…): only these are comparable and may be
 * joined by a line. Periods where sources disagree are drawn as separate points and break the line.
 */
export type TrendSeries = { key: string; label: string; points: TrendPoint[] };

export type TrendChartData = {
  metric: MetricSummary;
  /** Scale sisters charted with the metric, in its unit: the same quantity printed in USD m, thousand tonnes… */
  sisters: { slug: string; name: string; unit: string }[];
  series: TrendSeries[];
  /** Figures of the metric with no period, which cannot sit on a time axis. */
  undated: FigureView[];
  /** Figures for several years together (a 2019–2024 total): listed beside the chart, never drawn on its axis. */
  multiYear: FigureView[];
  events: EventView[];
  /**
   * When an editor last changed one of its figures (ISO 8601, UTC); null if none has since they were loaded. The data
   * layer always sets it; optional so that hand-made charts (the image renderers' fixtures) need not.
   */
  lastEditedAt?: string | null;
  /**
   * What a very long trend leaves out (the CSV has it): older dated figures, before `since`, and undated ones;
   * `partial` when the period ending `since` alone has more figures than a chart draws, and only some are drawn.
   */
  omitted?: { dated: number; undated: number; since: string | null; partial?: boolean };
};

export type SourceSummary = SourceRef & {
  figures: { id: number; metric: string; metricName: string; periodLabel: string | null; value: string; unit: string }[];
  events: { id: number; title: string; date: string; datePrecision: DatePrecision }[];
};

/** A page of a figure list, and how many figures the whole selection has. */
export type FiguresPage = { figures: FigureView[]; total: number; page: number; pageSize: number };

/** A page of the sources list: each source with how much relies on it and the first few of those. */
export type SourcesPage = {
  sources: (SourceSummary & { figureCount: number; eventCount: number })[];
  totals: { sources: number; figures: number; events: number };
  page: number;
  pageSize: number;
};

/** A claim's identity: a plan or forecast figure, or an event. Written "figure:12" / "event:5" in forms and URLs. */
export type ClaimRef = { kind: "figure" | "event"; id: number };

/** Another claim in a claim's postponement chain, as the chain shows it. */
export type ClaimLinkView = ClaimRef & { statement: string; due: string | null; source: SourceRef; outcome: ClaimOutcome };

/** One claim with its outcome, how it was decided, and the chain of promises it belongs to. */
export type ClaimView = {
  ref: ClaimRef;
  /** "30 USD bn: Russia–India trade turnover, 2025 target", or the event's title. */
  statement: string;
  status: "plan" | "forecast" | "planned";
  route: { slug: string; name: string } | null;
  metric: { slug: string; name: string; unit: string } | null;
  source: SourceRef;
  note: string | null;
  /** The target date (ISO) and how to say it, or null when the claim has none. */
  due: { date: string; text: string } | null;
  outcome: ClaimOutcome;
  basis: "ruling" | "evidence" | "date" | "undated";
  evidence: { figures: FigureView[]; events: EventView[] };
  ruling: { id: number; outcome: RulingOutcome; reason: string; editor: string | null; at: string } | null;
  /** The stored row of rulings and links for this claim, if any (what an editor edits). */
  rulingRecordId: number | null;
  /** Every claim of its chain, first promise first, this one included; empty when nothing supersedes or is superseded. */
  chain: ClaimLinkView[];
};
