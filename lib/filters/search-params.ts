/** URLSearchParams in the shape Next.js gives pages: a repeated key becomes an array, so it can be refused. */
export function searchParamsToRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length > 1 ? values : values[0]!;
  }
  return record;
}

/** Messages for query keys a handler does not know, so a typo ("metrik=") is refused instead of ignored. */
export function unknownKeyErrors(params: URLSearchParams, known: readonly string[]): string[] {
  return [...new Set(params.keys())]
    .filter((key) => !known.includes(key))
    .map((key) => `The address asks for “${key}”, which this list does not know (it knows ${known.join(", ")})`);
}
