// A set of slugs held as one text field (an event's metrics): the record framework keeps every field as text, and
// revisions snapshot and diff that text, so the same set must always be the same text.

/** Slugs as typed ("suez_transits,  cape_transits suez_transits"): split at commas and white space, once each, sorted. */
export function splitSlugList(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter((slug) => slug !== ""))].sort();
}

/** The canonical text of a set of slugs: sorted, once each, joined by ", ". */
export function joinSlugList(slugs: Iterable<string>): string {
  return [...new Set(slugs)].sort().join(", ");
}
