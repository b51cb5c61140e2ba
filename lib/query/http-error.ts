/** A non-2xx answer from one of the app's JSON route handlers, with the issues it gave (for a 400). */
export class HttpError extends Error {
  override name = "HttpError";

  constructor(
    readonly status: number,
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
  }
}
