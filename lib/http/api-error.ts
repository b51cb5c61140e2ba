import { z } from "zod";

// The one error of the JSON API, on both sides of the wire (issue 12). Every handler under /api that refuses a
// request answers with this envelope, whatever refused it (a filter, a form, a guard, the body limit, the HTTP edge,
// the database), and the client's one fetch helper (lib/http/fetch-api.ts) turns it back into an ApiError. No
// "server-only": the browser reads the same schema and class.
//
// The envelope is flat: { code, message, issues, fieldErrors } plus, for a few answers, what the client needs to go
// on (a 409's saved record `current`, an import's report). All four fields are always present, so a client reads
// `fieldErrors.email` or `issues.length` without first asking whether they exist.

/** What refused the request, one code per HTTP status the API answers with; a client may switch on either. */
export const apiErrorCodes = {
  400: "bad_request",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  409: "conflict",
  413: "too_large",
  422: "invalid",
  429: "rate_limited",
  500: "server_error",
  503: "unavailable",
} as const;

export type ApiErrorStatus = keyof typeof apiErrorCodes;
export type ApiErrorCode = (typeof apiErrorCodes)[ApiErrorStatus];

/** Field errors by field name; "record" holds what concerns the whole record (it is in use, it was deleted…). */
export type FieldErrors = Record<string, string[] | undefined>;

export const ApiErrorSchema = z
  .object({
    code: z.enum(Object.values(apiErrorCodes) as [ApiErrorCode, ...ApiErrorCode[]]).meta({
      description: "What refused the request; one code per HTTP status (bad_request 400, not_found 404, unavailable 503…)",
      example: "bad_request",
    }),
    message: z.string().meta({ description: "What went wrong, in words a reader can act on", example: "Invalid filter" }),
    issues: z.array(z.string()).meta({
      description: "Everything wrong with the request's address or query, one sentence each (empty when not about them)",
      example: ["There is no route called “instc-north”"],
    }),
    fieldErrors: z.record(z.string(), z.array(z.string())).meta({
      description: "Messages by field of the request body (a form's fields; empty when none)",
      example: {},
    }),
  })
  .meta({ id: "ApiError", description: "The body of every refusal and failure of the JSON API" });

export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;

type ApiErrorOptions = {
  /** Only for an answer the client could not read (a 200 in an unexpected shape); otherwise the status's code. */
  code?: ApiErrorCode;
  issues?: readonly string[];
  fieldErrors?: FieldErrors;
  /** Headers the answer carries beside Content-Type and Cache-Control (Allow, Retry-After, Connection). */
  headers?: Record<string, string>;
  /** What the client needs beside the envelope (a 409's `current`, an import's report); never a envelope field. */
  details?: Record<string, unknown>;
};

function definedFieldErrors(fieldErrors: FieldErrors = {}): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fieldErrors).filter((entry): entry is [string, string[]] => entry[1] !== undefined));
}

/**
 * A refused request. Handlers return `error.response()` (or throw it: withErrorResponses answers with it), and the
 * client's fetch helper throws one for every non-2xx answer, so both sides share its fields.
 */
export class ApiError extends Error {
  override name = "ApiError";
  readonly code: ApiErrorCode;
  readonly issues: readonly string[];
  readonly fieldErrors: Record<string, string[]>;
  readonly headers: Record<string, string>;
  readonly details: Record<string, unknown>;

  constructor(
    /** An ApiErrorStatus when the app answered; any status when something in between did (a proxy's 502). */
    readonly status: number,
    message: string,
    options: ApiErrorOptions = {},
  ) {
    super(message);
    this.code = options.code ?? (apiErrorCodes as Record<number, ApiErrorCode | undefined>)[status] ?? "server_error";
    this.issues = options.issues ?? [];
    this.fieldErrors = definedFieldErrors(options.fieldErrors);
    this.headers = options.headers ?? {};
    this.details = options.details ?? {};
  }

  body(): ApiErrorBody & Record<string, unknown> {
    return { ...this.details, code: this.code, message: this.message, issues: [...this.issues], fieldErrors: this.fieldErrors };
  }

  /** The JSON answer; never cached, since a refusal says nothing about the next request. */
  response(): Response {
    return Response.json(this.body(), { status: this.status, headers: { "Cache-Control": "no-store", ...this.headers } });
  }
}

/** The answer for a refusal: `apiErrorResponse(400, "Invalid filter", { issues })`. */
export function apiErrorResponse(status: ApiErrorStatus, message: string, options?: ApiErrorOptions): Response {
  return new ApiError(status, message, options).response();
}

/** The 400 of a refused address or query, with everything wrong with it. */
export function badRequest(message: string, issues: readonly string[] = []): Response {
  return apiErrorResponse(400, message, { issues });
}
