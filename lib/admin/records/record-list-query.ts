import { z } from "zod";
import type { Database } from "../../db/connect";
import { lastValues } from "../../filters/search-params";
import { storableText } from "../../validation/storable";
import type { RecordListPage, RecordListRow } from "./record-list-row";
import type { RecordValues } from "./record-types";

// The admin lists' query string, shared by every kind of record: search, the deleted ones or not, sort
// direction and page. Each kind adds its filters and the columns it sorts by.

export const recordListBase = z.object({
  q: storableText(200, "Search").optional(),
  deleted: z.enum(["exclude", "only"], { error: "deleted must be exclude or only" }).default("exclude"),
  dir: z.enum(["asc", "desc"], { error: "dir must be asc or desc" }).default("asc"),
  page: z.coerce.number({ error: "page must be a number" }).int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number({ error: "pageSize must be a number" }).int().min(5).max(100).default(25),
});

/** Parses a list's query string with its kind's schema; blank parameters count as absent. */
export function parseRecordListQuery<Schema extends z.ZodType>(schema: Schema, params: URLSearchParams) {
  const parsed = schema.safeParse(lastValues(params));
  return parsed.success
    ? { ok: true as const, query: parsed.data as z.output<Schema> }
    : { ok: false as const, issues: parsed.error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`) };
}

/** Prisma's `contains` for a search box: case-insensitive, on each of the given fields. */
export function searchAny<Field extends string>(q: string | undefined, fields: readonly Field[]) {
  return q ? { OR: fields.map((field) => ({ [field]: { contains: q, mode: "insensitive" as const } })) } : {};
}

/** Prisma's skip and take for a page. */
export const pageWindow = (query: { page: number; pageSize: number }) => ({
  skip: (query.page - 1) * query.pageSize,
  take: query.pageSize,
});

/** A page of live records, each row its form values, identity and what the list shows beside it. */
export function livePage<Row extends { id: number; version: number; updatedAt: Date }, Values extends RecordValues>(
  query: { page: number; pageSize: number },
  total: number,
  rows: Row[],
  valuesOf: (row: Row) => Values,
  extraOf: (row: Row) => RecordListRow["extra"],
): { ok: true; page: RecordListPage<Values> } {
  return {
    ok: true,
    page: {
      rows: rows.map((row) => ({
        ...valuesOf(row),
        id: row.id,
        version: row.version,
        updatedAt: row.updatedAt.toISOString(),
        deleted: false,
        extra: extraOf(row),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    },
  };
}

/** How many deleted figures each of these routes or metrics still has (they can be restored, so they count). */
export async function deletedFigureCounts(db: Database, column: "routeId" | "metricId", ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const groups = await db.prisma.figure.groupBy({
    by: [column],
    where: { [column]: { in: ids }, deletedAt: { not: null } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group[column]!, group._count._all]));
}

/**
 * The order of a routes' or metrics' list: by how many figures refer to each (deleted ones too), by last change, or
 * by a column of its own; ties by id, so a page never shuffles.
 */
export function figureCountedOrder(sort: string, dir: "asc" | "desc") {
  return [sort === "figures" ? { figures: { _count: dir } } : sort === "updated" ? { updatedAt: dir } : { [sort]: dir }, { id: dir }];
}

/** A route's or metric's figure columns in its list, from the count of all its figures and of its deleted ones. */
export const figureCountColumns = (all: number, deleted = 0) => ({ figures: all - deleted, deletedFigures: deleted });
