import { z } from "zod";
import { slugPattern, storableText } from "../validation/storable";
import { queryString, singleValues } from "./search-params";

// /changes's and /changes.atom's query string (?metric=…&route=…&figure=…&page=…): parsed like the claims filter,
// unknown or repeated keys refused, empty values absent, so a followed feed always means the same selection.

export const changeFilterKeys = ["metric", "route", "figure", "page"] as const;
/** The feed carries the newest changes: it has no pages, so `page` is an unknown key to it. */
const changeFeedKeys = ["metric", "route", "figure"] as const;

const slug = storableText(1_000, "").regex(slugPattern, "must be a slug such as instc-west").optional();
/** Digits only, at most nine: every id and page fits PostgreSQL's integer. */
const positive = (example: string) =>
  storableText(9, "")
    .regex(/^[1-9]\d*$/, `must be a number such as ${example}`)
    .transform(Number)
    .optional();

/** What the feed (/changes.atom) reads; /changes adds its page. */
export const ChangeFeedQuerySchema = z.object({
  metric: slug.meta({ description: "A metric's slug: changes to its figures and to the metric itself.", example: "transit_time" }),
  route: slug.meta({ description: "A route's slug: changes to its figures, its events and the route itself.", example: "instc-west" }),
  figure: positive("120").meta({ description: "A figure's id: that figure's own history.", example: "120" }),
});

const ChangeFilterSchema = ChangeFeedQuerySchema.extend({ page: positive("2") });

export type ChangeQuery = z.infer<typeof ChangeFilterSchema>;

type Parsed<Query> = { ok: true; filter: Query } | { ok: false; errors: string[] };

/** /changes's query. */
export function parseChangeFilter(params: URLSearchParams): Parsed<ChangeQuery> {
  return parseWith(ChangeFilterSchema, changeFilterKeys, params);
}

/** /changes.atom's query: /changes's without the page. */
export function parseChangeFeedQuery(params: URLSearchParams): Parsed<Omit<ChangeQuery, "page">> {
  return parseWith(ChangeFeedQuerySchema, changeFeedKeys, params);
}

function parseWith<Schema extends z.ZodType<object>>(
  schema: Schema,
  keys: readonly string[],
  params: URLSearchParams,
): Parsed<z.output<Schema>> {
  const { input, errors } = singleValues(params, keys);
  const result = schema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues)
      errors.push(`'${issue.path.join(".")}' ${issue.message} (got "${input[String(issue.path[0])] ?? ""}")`);
  }
  return errors.length > 0 || !result.success ? { ok: false, errors } : { ok: true, filter: result.data };
}

/** The filter as a query string, keys in a fixed order; page 1 is the address without a page. */
export function changeQueryString(filter: ChangeQuery): string {
  return queryString([
    ["metric", filter.metric],
    ["route", filter.route],
    ["figure", filter.figure === undefined ? undefined : String(filter.figure)],
    ["page", filter.page && filter.page > 1 ? String(filter.page) : undefined],
  ]);
}
