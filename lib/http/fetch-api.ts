import type { z } from "zod";
import { ApiError } from "./api-error";
import { ApiErrorSchema } from "./api-error-schema";

// The browser's one way to call the app's JSON API (issue 12). A 2xx answer is parsed with the schema its handler
// is held to (lib/api/*-schemas.ts), so a page never works on a shape it only assumed; any other answer becomes an
// ApiError carrying the envelope's code, message, issues and field errors, and whatever the handler sent beside
// them (a 409's `current`) in `details`. Only a network failure throws something else (fetch's TypeError).

type FetchApiInit = {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  /** Sent as JSON. */
  json?: unknown;
  signal?: AbortSignal;
};

/** The answer of an API call, given its status and parsed body (null when it was not JSON). */
export function readApiAnswer<Schema extends z.ZodType>(status: number, body: unknown, schema: Schema): z.output<Schema> {
  if (status < 200 || status > 299) throw apiErrorOf(status, body);
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new ApiError(status, "The server's answer is not in the form this page expects; reload the page", {
    code: "server_error",
    issues: parsed.error.issues.map((issue) => `${issue.path.join(".") || "answer"}: ${issue.message}`),
  });
}

// Loose: what a handler sends beside the envelope is kept, as `details`.
const LooseApiErrorSchema = ApiErrorSchema.loose();

function apiErrorOf(status: number, body: unknown): ApiError {
  const envelope = LooseApiErrorSchema.safeParse(body);
  // Not the app's envelope: something in between answered (a proxy's 502 page, a cut connection).
  if (!envelope.success) return new ApiError(status, `The server answered ${status}`);
  const { code, message, issues, fieldErrors } = envelope.data;
  const details = Object.fromEntries(Object.entries(envelope.data).filter(([key]) => !(key in ApiErrorSchema.shape)));
  return new ApiError(status, message, { code, issues, fieldErrors, details });
}

export async function fetchApi<Schema extends z.ZodType>(url: string, schema: Schema, init: FetchApiInit = {}): Promise<z.output<Schema>> {
  const response = await fetch(url, {
    method: init.method ?? "GET",
    signal: init.signal,
    headers: { Accept: "application/json", ...(init.json === undefined ? {} : { "Content-Type": "application/json" }) },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  const body: unknown = await response.json().catch(() => null);
  return readApiAnswer(response.status, body, schema);
}
