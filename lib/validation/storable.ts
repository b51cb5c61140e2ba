import { z } from "zod";

// What the database can store, as input rules every schema builds on (issue 10: text the database cannot store
// is a field error, never a 500). PostgreSQL text refuses the NUL character, its `integer` columns stop at
// 2^31 − 1, and a B-tree index entry cannot pass about 2,700 bytes. Every text rule here checks its length
// first and stops there (`abort`), so no later rule, however costly, ever sees more than `max` characters.

/** The largest value of a PostgreSQL `integer` column (ids, versions, revision ids). */
export const maxInt4 = 2_147_483_647;

const nul = "\u0000";

/**
 * 1234567 as "1,234,567". Not toLocaleString: these messages are built when a schema is, at module load in the
 * browser too, and a page's first Intl call loads locale data, a tenth of a second of a phone's main thread.
 */
function grouped(n: number): string {
  const digits = String(n);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(",");
}

/**
 * A NUL-free string of at most `max` characters after trimming; blank allowed. `label` starts each message
 * ("Title must be at most 300 characters"); an empty label leaves "must be at most 300 characters", for lists of
 * problems that name the parameter themselves.
 */
export function storableText(max: number, label: string) {
  const subject = label === "" ? "" : `${label} `;
  return z
    .string({ error: `${subject}must be text` })
    .trim()
    .max(max, { error: `${subject}must be at most ${grouped(max)} characters`, abort: true })
    .refine((text) => !text.includes(nul), { error: `${subject}must not contain a NUL character`, abort: true });
}

/** Bytes of `text` in UTF-8, as PostgreSQL stores it (a lone surrogate is written as the 3-byte U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if ((unit & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * For text inside an index: at most `maxBytes` of UTF-8 as well, since a B-tree entry is limited in bytes, not
 * characters (500 characters of 4-byte emoji are 2,000 bytes).
 */
export function indexableText(max: number, maxBytes: number, label: string) {
  return requiredStorableText(max, label).refine((text) => utf8Length(text) <= maxBytes, {
    error: `${label} is too long: at most ${grouped(maxBytes)} bytes of UTF-8 (${grouped(max)} characters of most scripts, fewer emoji)`,
    abort: true,
  });
}

/** As storableText, and not blank. */
export function requiredStorableText(max: number, label: string) {
  // Not `abort`: a missing field must not hide the form's other errors (a period without its label).
  return storableText(max, label).min(1, `${label === "" ? "" : `${label} `}is required`);
}

/** A positive id or version, within the column's range. */
export function positiveInt4(label: string, missing = `${label} is required`) {
  return z
    .number({ error: missing })
    .int(`${label} must be a whole number`)
    .min(1, `${label} must be at least 1`)
    .max(maxInt4, `${label} must be at most ${grouped(maxInt4)}`);
}

/**
 * Any slug a route or metric can have (lower-case letters, digits, "-" and "_", at most 64): a public URL's slug
 * is checked against it before the database sees it, so "/routes/%00" is a 404 rather than an encoding error.
 */
export const slugPattern = /^[a-z0-9_-]{1,64}$/;
export const isSlug = (text: string) => slugPattern.test(text);
