// HTTP validators for the public API (RFC 9110 §8.8, §13): an ETag and a Last-Modified derived from how far the
// data has come, and the answer to a conditional GET. Pure, so the rules are tested without a server.

export type Validator = { etag: string; lastModified: Date };

/** What a public response's content depends on besides the request: the data, the day and the build. */
export type ValidatorInputs = {
  /** Transactions that have changed public data so far (lib/data/data-version). */
  changes: bigint;
  changedAt: Date | null;
  /**
   * The day (UTC, YYYY-MM-DD): a plan's outcome is decided against it (lib/claims), so the figures' content can
   * change at midnight without a write.
   */
  today: string;
  /** When the running build was made: a new release may write the same data differently. */
  builtAt: Date;
};

/**
 * Weak (W/): a response is the same data, not necessarily the same bytes (compression, a CSV's date in its file
 * name). Last-Modified is the latest of the three things that can change a response, in whole seconds as HTTP dates
 * are.
 */
export function validatorOf({ changes, changedAt, today, builtAt }: ValidatorInputs): Validator {
  const build = Math.floor(builtAt.getTime() / 1000).toString(36);
  const latest = Math.max(changedAt?.getTime() ?? 0, Date.parse(`${today}T00:00:00Z`), builtAt.getTime());
  return { etag: `W/"${changes}-${today}-${build}"`, lastModified: new Date(Math.floor(latest / 1000) * 1000) };
}

/** The entity tags of an If-None-Match header ("*" for any), without their weakness prefix. */
function entityTags(header: string): string[] {
  if (header.trim() === "*") return ["*"];
  return [...header.matchAll(/(?:W\/)?"([^"]*)"/g)].map((match) => match[1]!);
}

const opaqueTag = (etag: string) => etag.replace(/^W\//, "").replaceAll('"', "");

/**
 * Whether a GET or HEAD with these headers gets 304 Not Modified. If-None-Match wins when present (compared
 * weakly, as GET must); If-Modified-Since counts only without it, and only when it is a valid date.
 */
export function isNotModified(headers: Headers, validator: Validator): boolean {
  const noneMatch = headers.get("if-none-match");
  if (noneMatch !== null) {
    const tags = entityTags(noneMatch);
    return tags.includes("*") || tags.includes(opaqueTag(validator.etag));
  }
  const modifiedSince = headers.get("if-modified-since");
  if (modifiedSince === null) return false;
  const since = Date.parse(modifiedSince);
  return !Number.isNaN(since) && validator.lastModified.getTime() <= since;
}

/**
 * Caches may keep a public response but must ask again each time (no-cache): an editor's save shows at once, and
 * asking again costs a 304 without a body while nothing changed.
 */
export function validatorHeaders(validator: Validator): Record<string, string> {
  return { ETag: validator.etag, "Last-Modified": validator.lastModified.toUTCString(), "Cache-Control": "no-cache" };
}

/** 304: no body, the validators and caching rules the full response would carry. */
export function notModified(validator: Validator): Response {
  return new Response(null, { status: 304, headers: validatorHeaders(validator) });
}

/**
 * For a response that is the same for every request to a build (the import template, the OpenAPI document): its
 * entity tag is a hash of its body, its date the build's.
 */
export function bodyValidator(bodyHash: string, builtAt: Date): Validator {
  return { etag: `W/"${bodyHash}"`, lastModified: new Date(Math.floor(builtAt.getTime() / 1000) * 1000) };
}
