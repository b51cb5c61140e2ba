import { z } from "zod";
import { slugParameter } from "./figure-filter";
import { singleValues } from "./search-params";

// The events timeline's query string (/api/csv/events?route=…): unknown or repeated keys refused, an empty value
// absent, as the figure filter reads its own. Whether the route exists is the database's to say.

export const EventFilterSchema = z.object({
  route: slugParameter
    .optional()
    .meta({ description: "A route's slug (see /api/csv/routes): only the events of that route.", example: "instc-west" }),
});

export type EventQuery = z.infer<typeof EventFilterSchema>;

const eventFilterKeys = ["route"] as const;

export function parseEventFilter(params: URLSearchParams): { ok: true; filter: EventQuery } | { ok: false; errors: string[] } {
  const { input, errors } = singleValues(params, eventFilterKeys);
  const result = EventFilterSchema.safeParse(input);
  if (!result.success) errors.push(`There is no route called “${input.route ?? ""}”`);
  return errors.length > 0 || !result.success ? { ok: false, errors } : { ok: true, filter: result.data };
}
