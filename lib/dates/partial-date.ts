// Sources and events often give only a year or a month. A partial date is stored as its first day plus a
// precision, so it sorts and filters like any date but is never shown more exactly than it is known.

export type DatePrecision = "day" | "month" | "year";
export type PartialDate = { date: Date; precision: DatePrecision };

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "2024", "2024-03" or "2024-03-31" (a real calendar date) into a UTC date and its precision. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = partialDatePattern.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  const precision: DatePrecision = day ? "day" : month ? "month" : "year";
  if (toPartialDateText({ date, precision }) !== text.trim()) return null; // 2023-02-30 rolls over: reject it
  return { date, precision };
}

/** The inverse of parsePartialDate: "2024", "2024-03" or "2024-03-31". */
export function toPartialDateText({ date, precision }: PartialDate): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === "day" ? iso : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** Parses a full ISO calendar date ("2024-03-31") that exists; null otherwise. */
export function parseIsoDate(text: string): Date | null {
  const parsed = parsePartialDate(text);
  return parsed?.precision === "day" ? parsed.date : null;
}
