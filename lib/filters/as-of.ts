import { recordToSearchParams, type SearchParamsRecord } from "./search-params";

// `?asOf=` (issue 15): a page, the JSON API, a CSV or an image as the data stood at a moment. One key, read the same
// way on every address before the address's own keys are: it is taken out first, so each list's unknown-key rule
// stays its own.

export const asOfKey = "asOf";

/** A moment as the canonical ISO instant ("2026-12-01T23:59:59.999Z"), or null for now. Keys caches and addresses. */
export type AsOf = string | null;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date and a time to the minute, second or millisecond, in UTC ("Z", or no zone) or at an offset ("+03:30").
const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * `asOf`'s text as a moment. A date alone means the end of that day (UTC): everything recorded on it. A moment
 * still to come is refused (the record cannot say what it will be); so is a day not yet over.
 */
export function parseAsOf(text: string, now: Date = new Date()): { ok: true; asOf: Date } | { ok: false; error: string } {
  const trimmed = text.trim();
  const dateOnly = datePattern.exec(trimmed);
  const dateTime = dateOnly ? null : dateTimePattern.exec(trimmed);
  const refused = {
    ok: false as const,
    error: `asOf must be a date (2026-11-30) or a date and time (2026-11-30T14:00Z), not “${trimmed.slice(0, 40)}”`,
  };
  const parts = dateOnly ?? dateTime;
  if (!parts) return refused;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return refused;
  let moment: Date;
  if (dateOnly) moment = new Date(calendar.getTime() + 86_400_000 - 1);
  else {
    const [hour, minute, second] = [Number(parts[4]), Number(parts[5]), Number(parts[6] ?? 0)];
    if (hour > 23 || minute > 59 || second > 59) return refused;
    const zone = parts[8] ?? "Z";
    const offset = zone === "Z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    const millis = Number((parts[7] ?? "0").padEnd(3, "0"));
    moment = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000);
  }
  if (moment.getTime() > now.getTime()) {
    return {
      ok: false,
      error:
        dateOnly && calendar.getTime() <= now.getTime()
          ? `asOf ${trimmed} is not over yet: give a time, such as ${now.toISOString().slice(0, 16)}Z`
          : `asOf ${trimmed} is later than now (${now.toISOString().slice(0, 16)}Z): the record cannot say what it will be`,
    };
  }
  return { ok: true, asOf: moment };
}

/**
 * Takes `asOf` out of an address's query: the moment (null when absent), or the refusal, and the other keys for
 * the address's own reader.
 */
export function takeAsOf(
  params: URLSearchParams | SearchParamsRecord,
  now?: Date,
): { asOf: AsOf; errors: string[]; rest: URLSearchParams } {
  const rest = params instanceof URLSearchParams ? new URLSearchParams(params) : recordToSearchParams(params);
  const given = rest.getAll(asOfKey).filter((value) => value.trim() !== "");
  rest.delete(asOfKey);
  if (given.length === 0) return { asOf: null, errors: [], rest };
  if (given.length > 1) return { asOf: null, errors: ["asOf is given more than once"], rest };
  const parsed = parseAsOf(given[0]!, now);
  return parsed.ok ? { asOf: parsed.asOf.toISOString(), errors: [], rest } : { asOf: null, errors: [parsed.error], rest };
}

/** An address of the site kept at the moment shown (`asOf` added last), or as it is for today's view. */
export function withAsOf<Href extends string>(href: Href, asOf: AsOf): Href {
  if (!asOf) return href;
  const [path, query = ""] = href.split("?");
  const params = new URLSearchParams(query);
  params.set(asOfKey, asOf);
  return `${path}?${params}` as Href;
}
