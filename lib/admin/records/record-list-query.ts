import { z } from "zod";

// The admin lists' query string, shared by every kind of record: search, the deleted ones or not, sort
// direction and page. Each kind adds its filters and the columns it sorts by.

export const recordListBase = z.object({
  q: z.string().trim().max(200, "Search must be at most 200 characters").optional(),
  deleted: z.enum(["exclude", "only"], { error: "deleted must be exclude or only" }).default("exclude"),
  dir: z.enum(["asc", "desc"], { error: "dir must be asc or desc" }).default("asc"),
  page: z.coerce.number({ error: "page must be a number" }).int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number({ error: "pageSize must be a number" }).int().min(5).max(100).default(25),
});

/** Parses a list's query string with its kind's schema; blank parameters count as absent. */
export function parseRecordListQuery<Schema extends z.ZodType>(schema: Schema, params: URLSearchParams) {
  const input: Record<string, string> = {};
  for (const [key, value] of params) if (value !== "") input[key] = value;
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { ok: true as const, query: parsed.data as z.output<Schema> }
    : { ok: false as const, issues: parsed.error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`) };
}

/** Prisma's `contains` for a search box: case-insensitive, on each of the given fields. */
export function searchAny<Field extends string>(q: string | undefined, fields: readonly Field[]) {
  return q ? { OR: fields.map((field) => ({ [field]: { contains: q, mode: "insensitive" as const } })) } : {};
}
