import "server-only";
import { sql } from "kysely";
import type { Reader } from "../reader";
import type { RouteMapData } from "../../map/render-route-map";

/** Every route with its map path, INSTC branches first as everywhere; coordinates as numbers, read once here. */
export async function getRouteMap(db: Reader): Promise<RouteMapData> {
  const [routes, nodes] = await Promise.all([
    db.kysely.selectFrom("routes").select(["id", "slug", "name", "kind"]).orderBy("kind").orderBy("position").execute(),
    db.kysely
      .selectFrom("route_nodes")
      .select([
        "route_id",
        "name",
        "country",
        "kind",
        // Two decimals at most (a column check): exact as a JavaScript number.
        sql<number>`latitude::float8`.as("latitude"),
        sql<number>`longitude::float8`.as("longitude"),
        "to_next",
      ])
      .orderBy("route_id")
      .orderBy("seq")
      .execute(),
  ]);
  return {
    routes: routes.map(({ id, ...route }) => ({
      ...route,
      nodes: nodes.filter((node) => node.route_id === id).map(({ route_id: _route, to_next, ...node }) => ({ ...node, toNext: to_next })),
    })),
  };
}
