import type { Metadata } from "next";
import Link from "next/link";
import { getMetrics } from "@/lib/data/metrics/get-metrics";
import type { MetricCategory } from "@/lib/data/types";
import { categoryLabels } from "./category-labels";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Metrics" };

const categories = Object.keys(categoryLabels) as MetricCategory[];

export default async function MetricsPage() {
  const metrics = await getMetrics();
  return (
    <>
      <h1>Metrics</h1>
      <p className="lede">
        What Corridor Watch measures, grouped by subject. Each metric has a page with its figures over time and every
        source that gives one.
      </p>
      {categories.map((category) => {
        const members = metrics.filter((metric) => metric.category === category);
        if (members.length === 0) return null;
        return (
          <section key={category} aria-labelledby={`${category}-heading`}>
            <h2 id={`${category}-heading`}>{categoryLabels[category]}</h2>
            <ul className="index-list">
              {members.map((metric) => (
                <li key={metric.slug} className="index-item">
                  <h3>
                    <Link href={`/metrics/${metric.slug}`}>{metric.name}</Link>
                  </h3>
                  <p className="meta">
                    {metric.unit} · {metric.figureCount === 1 ? "1 figure" : `${metric.figureCount} figures`}
                  </p>
                  <p>{metric.description}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
