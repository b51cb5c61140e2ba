import { z } from "zod";
import { figureStatuses } from "../../filters/figure-filter";

// The admin list's query string: filters, search, sort and page. Parsed with zod on the server; the client
// builds the same keys from its controls.

export const adminSorts = ["updated", "metric", "period", "value", "id"] as const;

export const AdminListQuerySchema = z.object({
  metric: z.string().trim().max(64).optional(),
  route: z.string().trim().max(64).optional(),
  status: z.enum(figureStatuses).optional(),
  source: z.string().trim().max(200).optional(),
  q: z.string().trim().max(200).optional(),
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
