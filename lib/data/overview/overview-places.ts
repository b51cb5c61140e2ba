import "server-only";
import type { Reader } from "../reader";

/**
 * The metrics editors placed on the overview in one of its places (`featured`: the headline cards; `overview_trend`:
 * the trend charts), in their order, 1 first.
 */
export function metricsPlacedOn(db: Reader, place: "featured" | "overview_trend") {
  return db.kysely
    .selectFrom("metrics")
    .where(place, "is not", null)
    .orderBy(place)
    .orderBy("slug")
    .select(["slug", "name", "unit"])
    .execute();
}
