// A trend view's keys in an address (trend-view.ts reads and writes them), apart from its schema: the browser asks
// whether an address sets a chart's view before it loads the code (and zod) to read one.

export const trendViewKeys = ["since", "until", "mode", "scale", "hide"] as const;
export type TrendViewKey = (typeof trendViewKeys)[number];

/** The keys of one chart's view in an address: prefixed with the chart's metric on a page, bare in a download. */
export function trendViewPrefix(metricSlug: string): string {
  return `${metricSlug}.`;
}

/** Whether a query string ("a=1&b=2") sets any key of the view whose keys start with `prefix`. */
export function setsTrendView(search: string, prefix: string): boolean {
  const keys = new Set(new URLSearchParams(search).keys());
  return trendViewKeys.some((key) => keys.has(`${prefix}${key}`));
}
