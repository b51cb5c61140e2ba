import "server-only";
import { getPrisma } from "../../db";
import type { RouteSummary } from "../types";

const routeFields = { slug: true, name: true, kind: true, modes: true, via: true, description: true, position: true } as const;

/** Every route, INSTC branches first, in the order of the seed data. */
export async function getRoutes(): Promise<RouteSummary[]> {
  const prisma = await getPrisma();
  return prisma.route.findMany({ select: routeFields, orderBy: [{ kind: "asc" }, { position: "asc" }] });
}

export async function getRoute(slug: string): Promise<RouteSummary | null> {
  const prisma = await getPrisma();
  return prisma.route.findUnique({ where: { slug }, select: routeFields });
}
