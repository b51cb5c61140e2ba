import { queryString } from "@/lib/filters/search-params";
import type { RecordConfig } from "./record-config";

// An admin list keeps its whole view in the address (filters, search, sort, page), so a view can be shared,
// reloaded and left with the back button. The server parses it with the kind's schema and answers 400 with the
// issues when it cannot (reading with lastValues, lib/filters/search-params.ts); here it is written back by the same
// module's writer, without defaults, in a fixed key order, so the same view always has the same address and the same
// query cache key.

export type ListView = Record<string, string>;

/** "?metric=route_length&page=2", or "" for the default view. */
export function viewQueryString(config: Pick<RecordConfig, "defaultSort" | "defaultDir" | "filters">, view: ListView): string {
  const defaults: ListView = { sort: config.defaultSort, dir: config.defaultDir, page: "1", pageSize: "25", deleted: "exclude" };
  const keys = ["q", ...config.filters.map((filter) => filter.name), "deleted", "sort", "dir", "page", "pageSize"];
  return queryString(
    [...new Set(keys)].map((key) => {
      const value = view[key]?.trim();
      return [key, value === defaults[key] ? undefined : value];
    }),
  );
}

/** The direction a column starts in when first chosen: some (newest, largest) read best descending. */
export function firstDirection(config: Pick<RecordConfig, "descendingFirst">, sort: string): "asc" | "desc" {
  return config.descendingFirst?.includes(sort) ? "desc" : "asc";
}
