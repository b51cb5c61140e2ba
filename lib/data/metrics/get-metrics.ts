import "server-only";
import { sql } from "kysely";
import { liveFigures } from "../live-figures";
import type { Reader } from "../reader";
import { familyCandidates, scaleFamily, type FamilyMember } from "../../metrics/scale-family";
import { isSlug } from "../../validation/storable";
import type { MetricSummary } from "../types";

const summaryColumns = ["m.slug", "m.name", "m.unit", "m.category", "m.description"] as const;

export async function getMetrics(db: Reader): Promise<MetricSummary[]> {
  return (
    db.kysely
      .selectFrom("metrics as m")
      .leftJoin(liveFigures(db.kysely).as("f"), "f.metric_id", "m.id")
      // Every column named, not the key alone: a view of the past (lib/data/as-of) has no primary key to group by.
      .groupBy(["m.id", ...summaryColumns])
      .select([...summaryColumns, sql<number>`count(f.id)::int`.as("figureCount")])
      .orderBy("m.category")
      .orderBy("m.name")
      .execute()
  );
}

/** One metric; its figures are counted through the metric_id index, not by counting every metric's figures. */
export async function getMetric(db: Reader, slug: string): Promise<MetricSummary | null> {
  if (!isSlug(slug)) return null;
  const metric = await db.kysely
    .selectFrom("metrics as m")
    .where("m.slug", "=", slug)
    .select([
      ...summaryColumns,
      sql<number>`(SELECT count(*)::int FROM ${liveFigures(db.kysely)} f WHERE f.metric_id = m.id)`.as("figureCount"),
    ])
    .executeTakeFirst();
  return metric ?? null;
}

/**
 * A metric and its scale sisters (see lib/metrics/scale-family), the metric first; null for an unknown metric.
 * Read by the few slugs a family can have, not by listing every metric.
 */
export async function getScaleFamily(
  db: Reader,
  slug: string,
): Promise<FamilyMember<{ id: number; slug: string; name: string; unit: string }>[] | null> {
  if (!isSlug(slug)) return null;
  const candidates = await db.kysely
    .selectFrom("metrics")
    .where("slug", "in", familyCandidates(slug))
    .select(["id", "slug", "name", "unit"])
    .execute();
  const metric = candidates.find((candidate) => candidate.slug === slug);
  return metric ? scaleFamily(metric, candidates) : null;
}
