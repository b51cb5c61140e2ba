import "server-only";
import { takeAsOf, type AsOf } from "../filters/as-of";
import { badRequest } from "../http/api-error";
import { readerAt } from "./as-of";
import type { Reader } from "./reader";

/**
 * What a public route handler reads with: the database now or as of the address's `asOf`, the moment itself, and
 * the address's other keys for its own reader; or the 400 that says what is wrong with `asOf`.
 */
export async function requestReader(
  params: URLSearchParams,
): Promise<{ ok: true; db: Reader; asOf: AsOf; params: URLSearchParams } | { ok: false; response: Response }> {
  const { asOf, errors, rest } = takeAsOf(params);
  if (errors.length > 0) return { ok: false, response: badRequest("Invalid asOf", errors) };
  return { ok: true, db: await readerAt(asOf), asOf, params: rest };
}
