/** What the figure form offers in its lists; plain data from the server page. */
export type FigureFormOptions = {
  metrics: { slug: string; name: string; unit: string }[];
  routes: { slug: string; name: string }[];
};

/** A field's value as a reader sees it: metric and route by name rather than slug, blanks said in words. */
export function describeFieldValue(field: string, value: string, options: FigureFormOptions): string {
  if (value === "") return field === "route" ? "No single route" : "(blank)";
  if (field === "metric") {
    const metric = options.metrics.find((candidate) => candidate.slug === value);
    return metric ? `${metric.name} (${metric.unit})` : value;
  }
  if (field === "route") return options.routes.find((candidate) => candidate.slug === value)?.name ?? value;
  return value;
}
