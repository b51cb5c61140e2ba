import { z } from "zod";
import { parseIsoDate } from "../dates/partial-date";
import { slugPattern, storableText } from "../validation/storable";

// The filters of a figure list, as they appear in a URL (?metric=…&route=…&status=…&from=…&to=…&source=…). One schema for
// pages, route handlers and the client, so a shared link always means the same selection.

// The length guard only keeps a megabyte from the pattern; the pattern itself says 64 at most.
const slug = storableText(1_000, "").regex(slugPattern, "must be a slug such as instc-west");
const isoDate = storableText(40, "")
  .refine((text) => parseIsoDate(text) !== null, "must be a date written YYYY-MM-DD");

export const figureStatuses = ["reported", "claim", "forecast", "plan"] as const;
export const figureFilterKeys = ["metric", "route", "status", "from", "to", "source"] as const;

export const FigureFilterSchema = z
  .object({
    metric: slug.optional(),
    route: slug.optional(),
    status: z.enum(figureStatuses, { error: `must be one of ${figureStatuses.join(", ")}` }).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** A source's publisher, exactly as cited ("CEPA (Europe's Edge)"): the figures relying on it. */
    source: storableText(200, "").min(1).optional(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: "must not be after 'to'",
    path: ["from"],
  });

export type FigureFilter = z.infer<typeof FigureFilterSchema>;

export type FilterResult = { ok: true; filter: FigureFilter } | { ok: false; errors: string[] };

type SearchParams = Record<string, string | string[] | undefined>;

/** Parses URL search parameters; empty values are absent, repeated ones an error. */
export function parseFigureFilter(params: SearchParams): FilterResult {
  const input: Record<string, string> = {};
  const errors: string[] = [];
  for (const key of figureFilterKeys) {
    const value = params[key];
    if (Array.isArray(value)) errors.push(`'${key}' is given more than once`);
    else if (value !== undefined && value.trim() !== "") input[key] = value;
  }
  const result = FigureFilterSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) errors.push(`'${issue.path.join(".")}' ${issue.message} (got "${input[String(issue.path[0])] ?? ""}")`);
  }
  return errors.length > 0 || !result.success ? { ok: false, errors } : { ok: true, filter: result.data };
}

/** The filter as a query string, keys in a fixed order so equal selections give equal URLs. */
export function toQueryString(filter: FigureFilter): string {
  const params = new URLSearchParams();
  for (const key of figureFilterKeys) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
