// Times of edits, as people read them: "28 November 2026, 14:03 UTC". Always UTC and with the time cut from the
// ISO text rather than formatted by Intl, so the server's and the browser's rendering are identical (Node's and
// Chromium's ICU differ in how they join a date and a time), and editors in different zones see the same stamp.

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "28 November 2026, 14:03 UTC"; `short` for table cells: "28 Nov 2026, 14:03". */
export function formatTimestamp(iso: string, { short = false }: { short?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = date.toISOString().slice(11, 16);
  return short ? `${shortDate.format(date)}, ${time}` : `${longDate.format(date)}, ${time} UTC`;
}
