import "server-only";
import { sql } from "kysely";
import { getDatabase } from "../../db";
import { liveFigures } from "../live-figures";
import { isSlug } from "../../validation/storable";
import type { RouteSummary } from "../types";

const routeFields = { slug: true, name: true, kind: true, modes: true, via: true, description: true, position: true } as const;

/** Every route, INSTC branches first, in the order of the seed data. */
export async function getRoutes(): Promise<RouteSummary[]> {
  const { prisma } = await getDatabase();
  return prisma.route.findMany({ select: routeFields, orderBy: [{ kind: "asc" }, { position: "asc" }] });
}

export async function getRoute(slug: string): Promise<RouteSummary | null> {
  if (!isSlug(slug)) return null;
  const { prisma } = await getDatabase();
  return prisma.route.findUnique({ where: { slug }, select: routeFields });
}

/** How many public figures each route has, by slug; counted in SQL through the (route, metric) index. */
export async function countFiguresByRoute(): Promise<Map<string, number>> {
  const { kysely } = await getDatabase();
  const rows = await kysely
    .selectFrom("routes as r")
    .innerJoin(liveFigures(kysely).as("f"), "f.route_id", "r.id")
    .groupBy("r.slug")
    .select(["r.slug", sql<number>`count(f.id)::int`.as("count")])
    .execute();
  return new Map(rows.map((row) => [row.slug, row.count]));
}
