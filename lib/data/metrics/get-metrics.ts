import "server-only";
import { liveFigureWhere } from "../live-figures";
import { getDatabase } from "../../db";
import { familyCandidates, scaleFamily, type FamilyMember } from "../../metrics/scale-family";
import { isSlug } from "../../validation/storable";
import type { MetricSummary } from "../types";

type MetricRow = Omit<MetricSummary, "figureCount"> & { _count: { figures: number } };

const toSummary = ({ _count, ...metric }: MetricRow): MetricSummary => ({ ...metric, figureCount: _count.figures });
const select = {
  slug: true,
  name: true,
  unit: true,
  category: true,
  description: true,
  _count: { select: { figures: { where: liveFigureWhere } } },
} as const;

export async function getMetrics(): Promise<MetricSummary[]> {
  const { prisma } = await getDatabase();
  const metrics = await prisma.metric.findMany({ select, orderBy: [{ category: "asc" }, { name: "asc" }] });
  return metrics.map(toSummary);
}

/** One metric; its figures are counted through the metric_id index, not by counting every metric's figures. */
export async function getMetric(slug: string): Promise<MetricSummary | null> {
  if (!isSlug(slug)) return null;
  const { prisma } = await getDatabase();
  const { _count: _unused, ...fields } = select;
  const metric = await prisma.metric.findUnique({ where: { slug }, select: { id: true, ...fields } });
  if (!metric) return null;
  const { id, ...summary } = metric;
  const figureCount = await prisma.figure.count({ where: { metricId: id, ...liveFigureWhere } });
  return { ...summary, figureCount };
}

/**
 * A metric and its scale sisters (see lib/metrics/scale-family), the metric first; null for an unknown metric.
 * Read by the few slugs a family can have, not by listing every metric.
 */
export async function getScaleFamily(slug: string): Promise<FamilyMember<{ slug: string; name: string; unit: string }>[] | null> {
  if (!isSlug(slug)) return null;
  const { prisma } = await getDatabase();
  const candidates = await prisma.metric.findMany({
    where: { slug: { in: familyCandidates(slug) } },
    select: { slug: true, name: true, unit: true },
  });
  const metric = candidates.find((candidate) => candidate.slug === slug);
  return metric ? scaleFamily(metric, candidates) : null;
}
