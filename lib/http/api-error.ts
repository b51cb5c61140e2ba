// The one error of the JSON API, on both sides of the wire (issue 12). Every handler under /api that refuses a
// request answers with this envelope, whatever refused it (a filter, a form, a guard, the body limit, the HTTP edge,
// the database), and the client's one fetch helper (lib/http/fetch-api.ts) turns it back into an ApiError. No
// "server-only": the browser reads the same schema and class.
//
// The envelope is flat: { code, message, issues, fieldErrors } plus, for a few answers, what the client needs to go
// on (a 409's saved record `current`, an import's report). All four fields are always present, so a client reads
// `fieldErrors.email` or `issues.length` without first asking whether they exist.
//
// No zod here: every page's browser code reaches this class (the query client's retry rule asks for it), and the
// envelope's schema (api-error-schema.ts) is read only where an answer is parsed.

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

/** The envelope's fields, as the schema of lib/http/api-error-schema.ts describes them for the OpenAPI document. */
export type ApiErrorBody = { code: ApiErrorCode; message: string; issues: string[]; fieldErrors: Record<string, string[]> };

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
