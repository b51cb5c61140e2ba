import { z } from "zod";
import { same } from "../api/same-type";
import { apiErrorCodes, type ApiErrorBody, type ApiErrorCode } from "./api-error";

// The error envelope of lib/http/api-error.ts as a schema: the client's fetch helper parses refusals with it, and
// the OpenAPI document describes every refusal by it. Apart from the class, so a page that only asks
// `error instanceof ApiError` loads no zod.

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

same<z.infer<typeof ApiErrorSchema>, ApiErrorBody>(true);
