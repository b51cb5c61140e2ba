import type { Metadata } from "next";
import { takeAsOf, withAsOf } from "@/lib/filters/as-of";
import { readerAt } from "@/lib/data/as-of";
import { AsOfBanner } from "@/app/_components/as-of-banner";
import Link from "next/link";
import { SourceLine } from "@/components/source-line";
import { FigureStatusLabel } from "@/components/tables/figure-status";
import { getLatestFigureOfEachMetric } from "@/lib/data/metrics/get-latest-figures";
import { getMetrics } from "@/lib/data/metrics/get-metrics";
import { formatValue } from "@/lib/format/format-number";
import type { FigureView, MetricCategory } from "@/lib/data/types";
import { categoryLabels } from "@/lib/metrics/category-labels";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Metrics" };

const categories = Object.keys(categoryLabels) as MetricCategory[];

export default async function MetricsPage({ searchParams }: PageProps<"/metrics">) {
  const { asOf, errors } = takeAsOf(await searchParams);
  const db = await readerAt(asOf);
  const [metrics, latest] = await Promise.all([getMetrics(db), getLatestFigureOfEachMetric(db)]);
  return (
    <>
      <h1>Metrics</h1>
      <AsOfBanner asOf={asOf} errors={errors} today="/metrics" />
      <p className="lede">
        What Corridor Watch measures, grouped by subject, each with its latest figure. Each metric has a page with its figures over time and
        every source that gives one.
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
                    <Link href={withAsOf(`/metrics/${metric.slug}`, asOf)}>{metric.name}</Link>
                  </h3>
                  <p className="meta">
                    {metric.unit} · {metric.figureCount === 1 ? "1 figure" : `${metric.figureCount} figures`}
                  </p>
                  <p>{metric.description}</p>
                  <LatestFigure figure={latest.get(metric.slug)} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/** A metric's latest figure as a reader would cite it: value, period, status and source with its date. */
function LatestFigure({ figure }: { figure: FigureView | undefined }) {
  if (!figure) return <p className="meta">No figure yet.</p>;
  return (
    <div className="latest-figure">
      <p>
        Latest: <strong className="number">{formatValue(figure.value, figure.metric.unit)}</strong>
        {figure.subject ? `, ${figure.subject}` : ""}, {figure.periodLabel ?? "no period given"}{" "}
        <FigureStatusLabel status={figure.status} />
      </p>
      <SourceLine source={figure.source} />
    </div>
  );
}
