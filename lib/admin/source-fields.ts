import { parsePartialDate } from "../dates/partial-date";
import { indexableText, requiredStorableText, storableText } from "../validation/storable";

// The source fields every sourced record has (figures, events): one rule each, worded the same in every form, and
// one way to store a partial source date.

/**
 * "http(s)://", then no white space, with a dot somewhere after the scheme that is neither its first nor its last
 * character. Checked without a regex that could backtrack: /^https?:\/\/[^\s]+\.[^\s]+$/ said the same in
 * quadratic time (a 256 KB address blocked the server for 12 s).
 */
export function isWebAddress(value: string): boolean {
  const scheme = /^https?:\/\//.exec(value);
  if (!scheme) return false;
  const rest = value.slice(scheme[0].length);
  return !/\s/.test(rest) && rest.slice(1, -1).includes(".") && URL.canParse(value);
}

/** A web address of at most `max` characters, or blank (null). */
export function sourceUrlField({ max }: { max: number }) {
  return storableText(max, "Source URL")
    .refine((value) => value === "" || isWebAddress(value), "Source URL must be a web address starting with http:// or https://")
    .transform((value) => (value === "" ? null : value));
}

/**
 * Who published the source and under what title. Figures are found by source through the (publisher, title)
 * index, whose entries hold at most about 2,700 bytes: 200 characters (≤ 800 bytes) and 1,500 bytes keep both
 * together within it, whatever the script.
 */
export const sourcePublisherField = () => requiredStorableText(200, "Source publisher");
export const sourceTitleField = () => indexableText(500, 1_500, "Source title");

/** As exact as the source gives it ("2024", "2024-05", "2024-05-19"), or blank (null). */
export const sourceDateField = () =>
  storableText(40, "Source date")
    .refine((text) => text === "" || parsePartialDate(text) !== null, "Source date must be YYYY, YYYY-MM or YYYY-MM-DD, and exist")
    .transform((text) => (text === "" ? null : text));

/** A validated source date as its columns: the first day it covers and how much of it is known. */
export function sourceDateColumns(text: string | null) {
  const parsed = text ? parsePartialDate(text) : null;
  return { sourceDate: parsed?.date ?? null, sourceDatePrecision: parsed?.precision ?? null };
}
