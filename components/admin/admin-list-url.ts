import { AdminListQuerySchema, parseAdminListQuery, type AdminListQuery } from "@/lib/admin/figures/admin-list-query";

// The admin list keeps its whole view in the address (filters, sort, page), so a view can be shared or reloaded.
// The URL is parsed with the server's schema and written back without defaults, in a fixed key order, so the same
// view always has the same address and the same query cache key.

export const listDefaults: AdminListQuery = AdminListQuerySchema.parse({});

const keyOrder = ["metric", "route", "status", "source", "q", "deleted", "sort", "dir", "page", "pageSize"] as const;

export type ParsedListQuery = { ok: true; query: AdminListQuery } | { ok: false; errors: string[] };

export function readListQuery(params: URLSearchParams): ParsedListQuery {
  const parsed = parseAdminListQuery(params);
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
}

/** "?metric=route_length&page=2", or "" for the default view. */
export function listQueryString(query: AdminListQuery): string {
  const params = new URLSearchParams();
  for (const key of keyOrder) {
    const value = query[key];
    if (value === undefined || value === "" || value === listDefaults[key]) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** The direction a column starts in when first chosen: newest and largest first feel natural for those two. */
export function firstDirection(sort: AdminListQuery["sort"]): AdminListQuery["dir"] {
  return sort === "updated" || sort === "value" ? "desc" : "asc";
}
