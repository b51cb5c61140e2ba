import { z } from "zod";
import { figureStatuses } from "../../filters/figure-filter";
import { storableText } from "../../validation/storable";

// The admin list's query string: filters, search, sort and page. Parsed with zod on the server; the client
// builds the same keys from its controls.

export const adminSorts = ["updated", "metric", "period", "value", "id"] as const;

export const AdminListQuerySchema = z.object({
  metric: storableText(64, "metric").optional(),
  route: storableText(64, "route").optional(),
  status: z.enum(figureStatuses).optional(),
  source: storableText(200, "source").optional(),
  q: storableText(200, "q").optional(),
  deleted: z.enum(["exclude", "include", "only"]).default("exclude"),
  sort: z.enum(adminSorts).default("updated"),
  dir: z.enum(["asc", "desc"]).default("desc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(5).max(100).default(25),
});

export type AdminListQuery = z.infer<typeof AdminListQuerySchema>;

export function parseAdminListQuery(params: URLSearchParams) {
  const input: Record<string, string> = {};
  for (const [key, value] of params) if (value !== "") input[key] = value;
  return AdminListQuerySchema.safeParse(input);
}
