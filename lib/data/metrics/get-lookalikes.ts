import "server-only";
import type { Reader } from "../reader";
import { parseLookalikes } from "../../metrics/lookalikes";
import { isSlug } from "../../validation/storable";

export type LookalikeView = {
  slug: string;
  name: string;
  unit: string;
  description: string;
  /** How they differ, as the metric that names the look-alike says it; null when only the other metric names this one. */
  difference: string | null;
};

/**
 * The metrics a reader could take for this one: those it names, then those that name it (a warning holds both
 * ways). Look-alikes that no longer exist (deleted since) are left out.
 */
export async function getLookalikes(db: Reader, slug: string): Promise<LookalikeView[]> {
  if (!isSlug(slug)) return [];
  const metrics = db.kysely.selectFrom("metrics").select(["slug", "name", "unit", "description", "lookalikes"]);
  const [metric, naming] = await Promise.all([
    metrics.where("slug", "=", slug).executeTakeFirst(),
    // Only metrics that name any look-alike at all; the lines are parsed here rather than matched in SQL.
    metrics.where("lookalikes", "<>", "").where("slug", "<>", slug).orderBy("id").execute(),
  ]);
  if (!metric) return [];
  const parsed = parseLookalikes(metric.lookalikes);
  const own = parsed.ok ? parsed.lookalikes : [];
  const named =
    own.length > 0
      ? await metrics
          .where(
            "slug",
            "in",
            own.map((entry) => entry.slug),
          )
          .execute()
      : [];
  const views: LookalikeView[] = own.flatMap(({ slug: other, difference }) => {
    const found = named.find((candidate) => candidate.slug === other);
    return found ? [{ slug: found.slug, name: found.name, unit: found.unit, description: found.description, difference }] : [];
  });
  for (const other of naming) {
    const lines = parseLookalikes(other.lookalikes);
    if (!lines.ok || !lines.lookalikes.some((entry) => entry.slug === slug) || views.some((view) => view.slug === other.slug)) continue;
    views.push({ slug: other.slug, name: other.name, unit: other.unit, description: other.description, difference: null });
  }
  return views;
}
