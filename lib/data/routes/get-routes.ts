import "server-only";
import { sql } from "kysely";
import { liveFigures } from "../live-figures";
import type { Reader } from "../reader";
import { isSlug } from "../../validation/storable";
import type { RouteSummary } from "../types";

const routeColumns = ["slug", "name", "kind", "modes", "via", "description", "position"] as const;

/** Every route, INSTC branches first, in the order of the seed data. */
export async function getRoutes(db: Reader): Promise<RouteSummary[]> {
  return db.kysely.selectFrom("routes").select(routeColumns).orderBy("kind").orderBy("position").execute();
}

export async function getRoute(db: Reader, slug: string): Promise<RouteSummary | null> {
  if (!isSlug(slug)) return null;
  return (await db.kysely.selectFrom("routes").where("slug", "=", slug).select(routeColumns).executeTakeFirst()) ?? null;
}

/** How many public figures each route has, by slug; counted in SQL through the (route, metric) index. */
export async function countFiguresByRoute(db: Reader): Promise<Map<string, number>> {
  const rows = await db.kysely
    .selectFrom("routes as r")
    .innerJoin(liveFigures(db.kysely).as("f"), "f.route_id", "r.id")
    .groupBy("r.slug")
    .select(["r.slug", sql<number>`count(f.id)::int`.as("count")])
    .execute();
  return new Map(rows.map((row) => [row.slug, row.count]));
}
