import type { DatePrecision } from "../data/types";

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const shortMonths = monthNames.map((name) => name.slice(0, 3));

function parts(isoDate: string): { year: number; month: number; day: number } {
  const [year, month, day] = isoDate.split("-").map(Number);
  return { year: year ?? NaN, month: month ?? 1, day: day ?? 1 };
}

/** A date shown only as exactly as it is known: "15 July 2024", "May 2024", "2024". */
export function formatPartialDate(isoDate: string, precision: DatePrecision): string {
  const { year, month, day } = parts(isoDate);
  if (precision === "year") return String(year);
  if (precision === "month") return `${monthNames[month - 1]} ${year}`;
  return `${day} ${monthNames[month - 1]} ${year}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A period as people say it: "2024", "H1 2023", "Q1 2024", "Jan–Apr 2024", "Mar 2024", or "Jan 2023–Jun 2024".
 * Only whole months get names; anything else is written as dates.
 */
export function formatPeriod(start: string | null, end: string | null): string | null {
  if (!start && !end) return null;
  if (!start) return `until ${formatPartialDate(end!, "day")}`;
  if (!end) return `from ${formatPartialDate(start, "day")}`;
  const s = parts(start);
  const e = parts(end);
  const wholeMonths = s.day === 1 && e.day === lastDayOfMonth(e.year, e.month);
  if (!wholeMonths) return `${formatPartialDate(start, "day")}–${formatPartialDate(end, "day")}`;
  if (s.year !== e.year) return `${shortMonths[s.month - 1]} ${s.year}–${shortMonths[e.month - 1]} ${e.year}`;
  if (s.month === 1 && e.month === 12) return String(s.year);
  if (s.month === 1 && e.month === 6) return `H1 ${s.year}`;
  if (s.month === 7 && e.month === 12) return `H2 ${s.year}`;
  if (e.month - s.month === 2 && (s.month - 1) % 3 === 0) return `Q${(s.month + 2) / 3} ${s.year}`;
  if (s.month === e.month) return `${shortMonths[s.month - 1]} ${s.year}`;
  return `${shortMonths[s.month - 1]}–${shortMonths[e.month - 1]} ${s.year}`;
}

/** An instant as readers write it, in UTC to the second: "1 December 2026, 23:59:59 UTC". */
const longUtcDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatMoment(iso: string): string {
  const day = longUtcDate.format(new Date(iso));
  return `${day}, ${iso.slice(11, 19)} UTC`;
}
