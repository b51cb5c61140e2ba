import { z } from "zod";
import { parseIsoDate } from "../dates/partial-date";
import { slugPattern, storableText } from "../validation/storable";
import { queryString, readQueryValues, type SearchParamsRecord } from "./search-params";

// The selection of a figure list, as it appears in a URL (?metric=…&route=…&status=…&from=…&to=…&source=…&q=…). One
// schema for pages, route handlers and the client, so a shared link always means the same selection, and the CSV of
// a list holds exactly the figures it selects. How a list is ordered and paged is the list's (figure-list-query.ts).

// The length guard only keeps a megabyte from the pattern; the pattern itself says 64 at most.
/** A route's or metric's slug in a query string; the other lists' filters use it too. */
export const slugParameter = storableText(1_000, "").regex(slugPattern);
const slug = slugParameter;
const isoDate = storableText(40, "").refine((text) => parseIsoDate(text) !== null);

export const figureStatuses = ["reported", "claim", "forecast", "plan"] as const;
export const figureFilterKeys = ["metric", "route", "status", "from", "to", "source", "q"] as const;
export type FigureFilterKey = (typeof figureFilterKeys)[number];

/**
 * Search text is matched anywhere in a figure's metric, route, subject, source and note through a trigram index
 * (pg_trgm), which needs three characters to narrow anything: shorter searches are refused, not run as a scan.
 */
export const searchLength = { min: 3, max: 100 } as const;

// The descriptions are the public API's documentation (/api/openapi.json, /api/docs).
export const FigureFilterSchema = z
  .object({
    metric: slug.optional().meta({ description: "A metric's slug (see /api/csv/metrics): only its figures.", example: "transit_time" }),
    route: slug.optional().meta({ description: "A route's slug (see /api/csv/routes): only its figures.", example: "instc-west" }),
    status: z
      .enum(figureStatuses)
      .optional()
      .meta({ description: "reported (a published statistic), claim (quoted by an official or company), forecast or plan." }),
    from: isoDate
      .optional()
      .meta({ description: "YYYY-MM-DD: only figures whose period ends on or after it.", example: "2022-01-01", format: "date" }),
    to: isoDate
      .optional()
      .meta({ description: "YYYY-MM-DD: only figures whose period starts on or before it.", example: "2024-12-31", format: "date" }),
    /** A source's publisher, exactly as cited ("CEPA (Europe's Edge)"): the figures relying on it. */
    source: storableText(200, "").min(1).optional().meta({ description: "A publisher exactly as cited: only the figures relying on it." }),
    /** Words to find in a figure's metric, route, subject, source or note, as typed (case does not matter). */
    q: storableText(searchLength.max, "")
      .min(searchLength.min)
      .optional()
      .meta({
        description: `Text found in a figure's metric, route, subject, source or note, ignoring case (${searchLength.min} to ${searchLength.max} characters).`,
      }),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { path: ["from", "to"] });

export type FigureFilter = z.infer<typeof FigureFilterSchema>;

export type FilterResult = { ok: true; filter: FigureFilter } | { ok: false; errors: string[] };

/** What each key is called in a sentence: messages speak of the list's fields, not of URL parameters. */
export const figureFilterLabels: Record<FigureFilterKey, string> = {
  metric: "metric",
  route: "route",
  status: "status",
  from: "period start",
  to: "period end",
  source: "source",
  q: "search",
};

const quoted = (value: string) => `“${value.length > 80 ? `${value.slice(0, 80)}…` : value}”`;

/** A refused value, said the way a reader of the list would say it. */
function describeProblem(key: FigureFilterKey, input: Partial<Record<FigureFilterKey, string>>): string {
  const value = input[key] ?? "";
  switch (key) {
    case "metric":
      return `There is no metric called ${quoted(value)}`;
    case "route":
      return `There is no route called ${quoted(value)}`;
    case "status":
      return `${quoted(value)} is not a status: a figure is reported, a claim, a forecast or a plan`;
    case "from":
    case "to":
      return `The ${figureFilterLabels[key]} ${quoted(value)} is not a date: write it as 2024-01-31`;
    case "source":
      return `${quoted(value)} cannot be the name of a source (at most 200 characters)`;
    case "q":
      return value.trim().length < searchLength.min
        ? `Search for at least ${searchLength.min} characters (${quoted(value)} is too short to look up)`
        : `Search for at most ${searchLength.max} characters`;
  }
}

/** The filter's keys as an address gives them (blanks absent), and the keys it repeats, said as refusals. */
export function readFigureFilterInput(params: URLSearchParams | SearchParamsRecord): {
  input: Partial<Record<FigureFilterKey, string>>;
  errors: string[];
} {
  const read = readQueryValues(params, figureFilterKeys);
  // No key here may repeat, so every value read is a single one.
  const input = read.input as Partial<Record<FigureFilterKey, string>>;
  return { input, errors: read.repeated.map((key) => `The ${figureFilterLabels[key]} is given more than once: choose one`) };
}

/** The schema's issues with a filter, in the reader's words: one message per refused key. */
export function figureFilterIssueMessages(
  issues: readonly { path: readonly PropertyKey[] }[],
  input: Partial<Record<FigureFilterKey, string>>,
): string[] {
  const errors: string[] = [];
  const refused = new Set<string>();
  for (const issue of issues) {
    if (issue.path.length === 2) errors.push(`The period starts (${input.from}) after it ends (${input.to})`);
    else {
      const key = String(issue.path[0]) as FigureFilterKey;
      if (!refused.has(key)) errors.push(describeProblem(key, input));
      refused.add(key);
    }
  }
  return errors;
}

/** Parses URL search parameters; empty values are absent, repeated ones an error. */
export function parseFigureFilter(params: URLSearchParams | SearchParamsRecord): FilterResult {
  const { input, errors } = readFigureFilterInput(params);
  const result = FigureFilterSchema.safeParse(input);
  if (!result.success) errors.push(...figureFilterIssueMessages(result.error.issues, input));
  return errors.length > 0 || !result.success ? { ok: false, errors } : { ok: true, filter: result.data };
}

/** The filter as a query string, keys in a fixed order so equal selections give equal URLs. */
export function toQueryString(filter: FigureFilter): string {
  return queryString(figureFilterEntries(filter));
}

/** The filter's keys and values in the URL's order, for addresses that carry more than the filter. */
export function figureFilterEntries(filter: FigureFilter): [FigureFilterKey, string | undefined][] {
  return figureFilterKeys.map((key) => [key, filter[key]]);
}
