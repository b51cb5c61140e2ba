import { z } from "zod";
import { parsePartialDate } from "../dates/partial-date";

// The source fields every sourced record has (figures, events): one rule each, worded the same in every form, and
// one way to store a partial source date.

/** A web address, or blank (null). */
export function sourceUrlField({ max }: { max?: number } = {}) {
  const text = z.string().trim();
  return (max === undefined ? text : text.max(max, `Source URL must be at most ${max.toLocaleString("en")} characters`))
    .refine((value) => value === "" || (/^https?:\/\/[^\s]+\.[^\s]+$/.test(value) && URL.canParse(value)), "Source URL must be a web address starting with http:// or https://")
    .transform((value) => (value === "" ? null : value));
}

/** As exact as the source gives it ("2024", "2024-05", "2024-05-19"), or blank (null). */
export const sourceDateField = () =>
  z
    .string()
    .trim()
    .refine((text) => text === "" || parsePartialDate(text) !== null, "Source date must be YYYY, YYYY-MM or YYYY-MM-DD, and exist")
    .transform((text) => (text === "" ? null : text));

/** A validated source date as its columns: the first day it covers and how much of it is known. */
export function sourceDateColumns(text: string | null) {
  const parsed = text ? parsePartialDate(text) : null;
  return { sourceDate: parsed?.date ?? null, sourceDatePrecision: parsed?.precision ?? null };
}
