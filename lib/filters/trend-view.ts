import { z } from "zod";
import { storableText } from "../validation/storable";
import { readQueryValues, replaceQueryKeys, type SearchParamsRecord } from "./search-params";
import { trendViewKeys, trendViewPrefix, type TrendViewKey } from "./trend-view-keys";

export { trendViewKeys, trendViewPrefix, type TrendViewKey } from "./trend-view-keys";

// How a reader has set a trend chart: which years, absolute values or an index, a linear or a log scale, and which
// sources are hidden. The one place this state is read from and written to a URL, on the server (the chart's CSV)
// and in the browser (the chart's controls), so a shared or reloaded address always shows the same view and every
// download of "this chart" (CSV, image, embed) is built from the same words.
//
// A page carries several charts, so in a page's address each key is prefixed with the chart's metric
// (`?suez_transits.since=2022&suez_transits.scale=log`); a download of one chart uses the bare keys
// (`/api/csv/trend/suez_transits?since=2022&scale=log`). Defaults are left out, so the plain view has the plain URL.

export const trendModes = ["absolute", "indexed"] as const;
export const trendScales = ["linear", "log"] as const;
export type TrendMode = (typeof trendModes)[number];
export type TrendScaleKind = (typeof trendScales)[number];

/** At most this many hidden sources: a chart cites a few dozen at most, and a URL stays bounded. */
const maxHidden = 100;
const year = storableText(10, "")
  .regex(/^\d{4}$/)
  .transform(Number);

export const TrendViewSchema = z
  .object({
    /** First and last year shown, inclusive: a figure is shown when its period overlaps them. */
    since: year.optional(),
    until: year.optional(),
    mode: z.enum(trendModes).default("absolute"),
    scale: z.enum(trendScales).default("linear"),
    /** Publishers whose figures are hidden, exactly as cited. */
    hide: z.array(storableText(200, "").min(1)).max(maxHidden).default([]),
  })
  .refine((view) => view.since === undefined || view.until === undefined || view.since <= view.until, { path: ["since", "until"] });

export type TrendView = z.infer<typeof TrendViewSchema>;

export const defaultTrendView: TrendView = { mode: "absolute", scale: "linear", hide: [] };

/** What each key is called in a sentence, for messages a reader understands. */
const labels: Record<TrendViewKey, string> = {
  since: "first year",
  until: "last year",
  mode: "view",
  scale: "scale",
  hide: "hidden source",
};

const quoted = (value: string) => `“${value.length > 60 ? `${value.slice(0, 60)}…` : value}”`;

function describeProblem(key: TrendViewKey, value: string): string {
  switch (key) {
    case "since":
    case "until":
      return `The ${labels[key]} ${quoted(value)} is not a year: write it as 2019`;
    case "mode":
      return `${quoted(value)} is not a way to show a chart: choose absolute values or indexed`;
    case "scale":
      return `${quoted(value)} is not a scale: choose linear or log`;
    case "hide":
      return `A chart can hide at most ${maxHidden} sources, each named in at most 200 characters`;
  }
}

export type TrendViewResult = { ok: true; view: TrendView } | { ok: false; errors: string[]; view: TrendView };

/** The view's keys as an address gives them (blanks absent, `hide` repeated), and the keys it repeats, said as refusals. */
export function readTrendViewInput(
  params: URLSearchParams | SearchParamsRecord,
  prefix = "",
): { input: Partial<Record<TrendViewKey, string | string[]>>; errors: string[] } {
  const { input, repeated } = readQueryValues(params, trendViewKeys, { prefix, repeatable: ["hide"], blankRepeats: false });
  return { input, errors: repeated.map((key) => `The ${labels[key]} is given more than once: choose one`) };
}

/** The schema's issues with a view, in the reader's words, and the keys they refuse. */
export function trendViewIssueMessages(
  issues: readonly { path: readonly PropertyKey[] }[],
  input: Partial<Record<TrendViewKey, string | string[]>>,
): { errors: string[]; refused: Set<string> } {
  const errors: string[] = [];
  const refused = new Set<string>();
  for (const issue of issues) {
    if (issue.path.length === 2) {
      errors.push(`The first year (${String(input.since)}) is after the last year (${String(input.until)})`);
      refused.add("since").add("until");
    } else {
      const key = String(issue.path[0]) as TrendViewKey;
      if (!refused.has(key)) errors.push(describeProblem(key, String(input[key] ?? "")));
      refused.add(key);
    }
  }
  return { errors, refused };
}

/**
 * Reads a view from an address. Empty values are absent; `hide` may repeat, every other key may not. On errors the
 * result still carries a view (the keys that were valid, defaults for the rest), so a chart can show the problem
 * above a drawing that ignores the bad part, while a download refuses it.
 */
export function parseTrendView(params: URLSearchParams | SearchParamsRecord, prefix = ""): TrendViewResult {
  const { input, errors } = readTrendViewInput(params, prefix);
  const result = TrendViewSchema.safeParse(input);
  if (result.success) return errors.length > 0 ? { ok: false, errors, view: result.data } : { ok: true, view: result.data };
  const issues = trendViewIssueMessages(result.error.issues, input);
  errors.push(...issues.errors);
  const kept = Object.fromEntries(Object.entries(input).filter(([key]) => !issues.refused.has(key)));
  const fallback = TrendViewSchema.safeParse(kept);
  return { ok: false, errors, view: fallback.success ? fallback.data : defaultTrendView };
}

/** The view's non-default keys and values, in a fixed order so equal views give equal URLs. */
export function trendViewEntries(view: TrendView, prefix = ""): [string, string][] {
  const entries: [string, string][] = [];
  if (view.since !== undefined) entries.push([`${prefix}since`, String(view.since)]);
  if (view.until !== undefined) entries.push([`${prefix}until`, String(view.until)]);
  if (view.mode !== defaultTrendView.mode) entries.push([`${prefix}mode`, view.mode]);
  if (view.scale !== defaultTrendView.scale) entries.push([`${prefix}scale`, view.scale]);
  for (const publisher of [...new Set(view.hide)].sort()) entries.push([`${prefix}hide`, publisher]);
  return entries;
}

export function isDefaultTrendView(view: TrendView): boolean {
  return trendViewEntries(view).length === 0;
}

/**
 * A page's query string with one chart's view replaced: that chart's keys (prefixed by its metric, or bare in
 * an embed) are rewritten, every other key (other charts' views, filters) is kept as it was. Returns "" or "?…".
 */
export function withTrendView(search: string, metricSlug: string, view: TrendView, prefix = trendViewPrefix(metricSlug)): string {
  return replaceQueryKeys(
    search,
    trendViewKeys.map((key) => `${prefix}${key}`),
    trendViewEntries(view, prefix),
  );
}
