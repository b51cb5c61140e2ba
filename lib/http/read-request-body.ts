import "server-only";
import { apiErrorResponse } from "./api-error";
import { readBodyLimited } from "./read-body-limited";

// Every handler that reads a request body reads it here, with a limit, before parsing it (issue 10): a declared
// Content-Length over the limit is refused before a byte is read, and a chunked body is read only up to the
// limit, so no client can make the server hold more than that. The mutations-guarded integration test sends an
// oversized body to every mutating route on disk.

/**
 * Limits of JSON bodies: a sign-in is two short fields; an admin write is one record (its longest field, a
 * 10,000-character note, is at most 40 KB). The import's limit is its file's (importLimits.maxBytes).
 */
export const bodyLimits = { signIn: 8 * 1024, adminWrite: 256 * 1024 } as const;

export type BodyResult<Value> = { ok: true; value: Value } | { ok: false; response: Response };

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}

export function tooLarge(maxBytes: number, what = "The request body"): Response {
  // Connection: close, so the rest of an unread body is not drained for a keep-alive connection.
  return apiErrorResponse(413, `${what} is larger than ${describeSize(maxBytes)}.`, { headers: { Connection: "close" } });
}

/** The body's bytes, or a 413 once it passes `maxBytes` (declared or counted). */
export async function readBodyBytes(request: Request, maxBytes: number, what?: string): Promise<BodyResult<Uint8Array>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) return { ok: false, response: tooLarge(maxBytes, what) };
  const bytes = await readBodyLimited(request.body, maxBytes);
  return bytes ? { ok: true, value: bytes } : { ok: false, response: tooLarge(maxBytes, what) };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The body parsed as JSON, or null when it is not JSON (each schema then answers with its field errors, as
 * before), or a 413 past `maxBytes`.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult<unknown>> {
  const read = await readBodyBytes(request, maxBytes);
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(utf8.decode(read.value)) as unknown };
  } catch {
    return { ok: true, value: null };
  }
}
