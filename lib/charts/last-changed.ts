import { formatPartialDate } from "../format/format-date";

// "Last changed" under a chart (issue 15) is an editor's change: the newest edited_at of the chart's figures. A
// figure's updated_at would not do: loading the seed sets it, so every seeded chart would look freshly updated.

/** The newest of the figures' last edits (ISO instants, which sort as text), or null if no editor changed any. */
export function latestEdit(times: readonly (string | null)[]): string | null {
  return times.reduce<string | null>((latest, time) => (time !== null && (latest === null || time > latest) ? time : latest), null);
}

/** The chart's line, without its date's markup: "Last changed by an editor on 2 December 2026", or that none has. */
export function lastChangedText(lastEditedAt: string | null): string {
  return lastEditedAt === null
    ? "No editor has changed these figures since they were loaded"
    : `Last changed by an editor on ${lastChangedDate(lastEditedAt)}`;
}

/** The day of an edit, in UTC as every time on the site: "2 December 2026". */
export function lastChangedDate(lastEditedAt: string): string {
  return formatPartialDate(new Date(lastEditedAt).toISOString().slice(0, 10), "day");
}
