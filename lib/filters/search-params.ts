/** URLSearchParams in the shape Next.js gives pages: a repeated key becomes an array, so it can be refused. */
export function searchParamsToRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length > 1 ? values : values[0]!;
  }
  return record;
}

/**
 * The values of a list's query keys: unknown and repeated keys are errors (said as `'route' is given more than
 * once`), blank values are absent. For the lists whose schemas report their own value errors.
 */
export function singleValues(params: URLSearchParams, keys: readonly string[]): { input: Record<string, string>; errors: string[] } {
  const record = searchParamsToRecord(params);
  const errors = unknownKeyErrors(params, keys);
  const input: Record<string, string> = {};
  for (const key of keys) {
    const value = record[key];
    if (Array.isArray(value)) errors.push(`'${key}' is given more than once`);
    else if (value !== undefined && value.trim() !== "") input[key] = value;
  }
  return { input, errors };
}

/** Messages for query keys a handler does not know, so a typo ("metrik=") is refused instead of ignored. */
export function unknownKeyErrors(params: URLSearchParams, known: readonly string[]): string[] {
  return [...new Set(params.keys())]
    .filter((key) => !known.includes(key))
    .map((key) => `The address asks for “${key}”, which this list does not know (it knows ${known.join(", ")})`);
}
