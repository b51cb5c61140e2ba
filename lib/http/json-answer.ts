import type { z } from "zod";

/**
 * A handler's successful JSON answer, held by the compiler to the schema its client parses it with
 * (lib/api/admin-answer-schemas.ts, response-schemas.ts). No run-time check: the handler's types already are the truth.
 */
export function jsonAnswer<Schema extends z.ZodType>(schema: Schema, value: z.input<Schema>, init?: ResponseInit): Response {
  void schema;
  return Response.json(value, init);
}
