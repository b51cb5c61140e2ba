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
  version: number;
  updatedAt: string;
};
