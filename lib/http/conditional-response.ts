import type { Reader } from "../data/reader";
import "server-only";
import { createHash } from "node:crypto";
import { todayIso } from "../claims/claim-outcome";
import { getDataVersion } from "../data/data-version/get-data-version";
import { bodyValidator, isNotModified, notModified, validatorHeaders, validatorOf, type Validator } from "./validators";

// Set by next.config.js when the build is made (compiled in); absent outside a build (tests), where the epoch does.
const builtAt = new Date(process.env.CORRIDOR_WATCH_BUILT_AT || 0);

async function answer(request: Request, validator: Validator, respond: () => Promise<Response> | Response): Promise<Response> {
  if (isNotModified(request.headers, validator)) return notModified(validator);
  const response = await respond();
  // Only a 200 carries validators: an error is never confirmed as current.
  if (response.status === 200) {
    for (const [name, value] of Object.entries(validatorHeaders(validator))) response.headers.set(name, value);
  }
  return response;
}

/**
 * A public GET's answer from the data, with ETag and Last-Modified, or 304 with no body when the client's copy is
 * current. The validator is read first and `respond` runs only for a full answer, so a CSV still streams and a 304
 * reads no rows.
 */
export async function conditionalResponse(db: Reader, request: Request, respond: () => Promise<Response>): Promise<Response> {
  const version = await getDataVersion(db);
  return answer(request, validatorOf({ ...version, today: todayIso(), builtAt }), respond);
}

/** The same for a small response that depends on nothing but the build: its entity tag hashes its body. */
export function conditionalStaticResponse(request: Request, body: string, respond: (body: string) => Response): Promise<Response> {
  const validator = bodyValidator(createHash("sha256").update(body).digest("base64url").slice(0, 27), builtAt);
  return answer(request, validator, () => respond(body));
}
