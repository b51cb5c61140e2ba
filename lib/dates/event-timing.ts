import type { DatePrecision, EventView } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/format-date";

// How an event's date reads, given what is known today: a planned date that has gone by without a later report
// is said plainly, never shown as if it were still ahead or as if it had happened.

/** The last day a partial date may mean: 2026-03 (month) → 2026-03-31; 2028 (year) → 2028-12-31. */
export function lastDayOf(isoDate: string, precision: DatePrecision): string {
  if (precision === "day") return isoDate.slice(0, 10);
  const year = Number(isoDate.slice(0, 4));
  if (precision === "year") return `${year}-12-31`;
  const month = Number(isoDate.slice(5, 7));
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${isoDate.slice(0, 7)}-${String(day).padStart(2, "0")}`;
}

/** The `datetime` attribute for a partial date: "2028", "2026-03" or "2023-05-17". */
export function machineDate(isoDate: string, precision: DatePrecision): string {
  return precision === "year" ? isoDate.slice(0, 4) : precision === "month" ? isoDate.slice(0, 7) : isoDate.slice(0, 10);
}

export type EventTiming = { kind: "happened" | "planned" | "overdue"; text: string };

/**
 * "happened"; "planned for 2028"; or, once the whole planned period is past, "planned for March 2026; no later
 * report in the data". `today` is an ISO date.
 */
export function eventTiming(event: Pick<EventView, "date" | "datePrecision" | "status">, today: string): EventTiming {
  const when = formatPartialDate(event.date, event.datePrecision);
  if (event.status === "happened") return { kind: "happened", text: "happened" };
  if (lastDayOf(event.date, event.datePrecision) < today) {
    return { kind: "overdue", text: `planned for ${when}; no later report in the data` };
  }
  return { kind: "planned", text: `planned for ${when}` };
}

/** Today's date in UTC, as the site compares dates. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
