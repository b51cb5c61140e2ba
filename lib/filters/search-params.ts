// The one way a query string is read and written, on the server (pages, route handlers, CSV, image and embed
// addresses) and in the browser (the explorer, the admin lists, a chart's view). Each list's module (figure-filter,
// figure-list-query, claim-filter, event-filter, trend-view, record-list-view, chart-state) says which keys it
// knows, how a value reads and what a refusal says; reading the keys and writing them back happen here, the same
// way for all of them:
// - reading: a blank value is absent; an unknown key, and a repeated key that may not repeat, are the list's to refuse;
// - writing: keys in the order the list gives them, defaults and empty values left out, encoded by URLSearchParams,
//   so equal selections give byte-equal addresses (cache keys, ETags, bookmarks) and parse back to themselves.
// A library (nuqs) was weighed and not taken: its parsers turn a bad or repeated value into the default or the first
// value silently, where these lists must refuse it in the reader's words, and its serializer writes other bytes
// ("(", "/" and "é" unencoded) than the addresses already bookmarked and documented.

/** Search params as Next.js hands them to a page: a repeated key is an array. */
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

/** What a list writes: keys in order; an undefined or empty value is left out of the address. */
export type QueryEntries = Iterable<readonly [key: string, value: string | undefined]>;

/** "?a=1&b=2", or "" when nothing is left: the one writer of a query string. */
export function queryString(entries: QueryEntries): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined && value !== "") params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * A query string with some keys rewritten and every other key kept where it was (another chart's view, a filter).
 * Returns "" or "?…".
 */
export function replaceQueryKeys(search: string, keys: Iterable<string>, entries: QueryEntries): string {
  const params = new URLSearchParams(search);
  for (const key of keys) params.delete(key);
  for (const [key, value] of entries) if (value !== undefined && value !== "") params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** URLSearchParams in the shape Next.js gives pages: a repeated key becomes an array, so it can be refused. */
export function searchParamsToRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length > 1 ? values : values[0]!;
  }
  return record;
}

/** The search params Next.js hands a page, back as URLSearchParams (a repeated key stays repeated). */
export function recordToSearchParams(record: SearchParamsRecord): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

/** Every value of a key, blank or not, from either shape of search params. */
function allValuesOf(params: URLSearchParams | SearchParamsRecord, key: string): string[] {
  return params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
}

/**
 * The known keys' values, blanks absent: a key that may repeat keeps all its values, any other key given more than
 * once is reported in `repeated` for the list to refuse in its own words. A blank counts as given unless
 * `blankRepeats` is false (a chart's view, which reads `since=&since=2020` as 2020).
 */
export function readQueryValues<Key extends string>(
  params: URLSearchParams | SearchParamsRecord,
  keys: readonly Key[],
  options: { prefix?: string; repeatable?: readonly Key[]; blankRepeats?: boolean } = {},
): { input: Partial<Record<Key, string | string[]>>; repeated: Key[] } {
  const input: Partial<Record<Key, string | string[]>> = {};
  const repeated: Key[] = [];
  for (const key of keys) {
    const given = allValuesOf(params, `${options.prefix ?? ""}${key}`);
    const values = given.filter((value) => value.trim() !== "");
    if (options.repeatable?.includes(key)) {
      if (values.length > 0) input[key] = values;
    } else if ((options.blankRepeats === false ? values : given).length > 1) repeated.push(key);
    else if (values[0] !== undefined) input[key] = values[0];
  }
  return { input, repeated };
}

/** The keys of a query string that a list does not know, in the order they first appear. */
export function unknownKeys(params: URLSearchParams, known: readonly string[]): string[] {
  return [...new Set(params.keys())].filter((key) => !known.includes(key));
}

/** Messages for query keys a handler does not know, so a typo ("metrik=") is refused instead of ignored. */
export function unknownKeyErrors(params: URLSearchParams, known: readonly string[]): string[] {
  return unknownKeys(params, known).map(
    (key) => `The address asks for “${key}”, which this list does not know (it knows ${known.join(", ")})`,
  );
}

/**
 * The values of a list's query keys: unknown and repeated keys are errors (said as `'route' is given more than
 * once`), blank values are absent. For the lists whose schemas report their own value errors.
 */
export function singleValues(params: URLSearchParams, keys: readonly string[]): { input: Record<string, string>; errors: string[] } {
  const { input, repeated } = readQueryValues(params, keys);
  const errors = [...unknownKeyErrors(params, keys), ...repeated.map((key) => `'${key}' is given more than once`)];
  return { input: input as Record<string, string>, errors };
}

/** Every key's last value that is not empty: the admin lists' reading, where a later value overrides an earlier one. */
export function lastValues(params: URLSearchParams): Record<string, string> {
  const input: Record<string, string> = {};
  for (const [key, value] of params) if (value !== "") input[key] = value;
  return input;
}

/**
 * `?page=N` of a list that has no filter to get wrong (sources, the timeline): a page number, or the first page for
 * anything else, since a stale or mistyped page is no reason to refuse the list.
 */
export function lenientPage(value: string | null | undefined): number {
  const page = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, page);
}
