import "server-only";
import { getDatabase } from "../../db";
import type { RouteMapData } from "../../map/render-route-map";

/** Every route with its map path, INSTC branches first as everywhere; coordinates as numbers, read once here. */
export async function getRouteMap(): Promise<RouteMapData> {
  const { prisma } = await getDatabase();
  const routes = await prisma.route.findMany({
    select: {
      slug: true,
      name: true,
      kind: true,
      nodes: { select: { name: true, country: true, kind: true, latitude: true, longitude: true, toNext: true }, orderBy: { seq: "asc" } },
    },
    orderBy: [{ kind: "asc" }, { position: "asc" }],
  });
  return {
    routes: routes.map((route) => ({
      ...route,
      nodes: route.nodes.map((node) => ({ ...node, latitude: node.latitude.toNumber(), longitude: node.longitude.toNumber() })),
    })),
  };
}
