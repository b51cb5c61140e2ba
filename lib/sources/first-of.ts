/**
 * The first `limit` items of a list and how many are left: where a page names what backs a value (sources,
 * notes), it names a bounded number whatever the data and counts the rest, which the CSV holds in full.
 */
export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** "and 4 more sources", for the end of a bounded list; empty when nothing was left out. */
export function moreText(more: number, singular: string, plural = `${singular}s`): string {
  return more === 0 ? "" : `and ${more.toLocaleString("en-GB")} more ${more === 1 ? singular : plural}`;
}

/** The first texts of a list that fit `maxLength` characters together (always the first), and how many are left. */
export function firstWithin(texts: readonly string[], maxLength: number): { shown: string[]; more: number } {
  let length = 0;
  let count = 0;
  for (const text of texts) {
    if (count > 0 && length + text.length > maxLength) break;
    length += text.length;
    count += 1;
  }
  return { shown: texts.slice(0, count), more: texts.length - count };
}

/** `text` whole if it fits `maxLength` characters, else cut at the last space before that with "…" appended. */
export function clipped(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.lastIndexOf(" ", maxLength - 1);
  return `${text.slice(0, cut > 0 ? cut : maxLength - 1).trimEnd()}…`;
}
