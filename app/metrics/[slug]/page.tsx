import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimsSection } from "@/app/_components/claims-section";
import { socialCard } from "@/lib/charts/social-card";
import { trendChartState } from "@/lib/charts/chart-state";
import { parseTrendView, trendViewPrefix } from "@/lib/filters/trend-view";
import { TrendPanel } from "@/app/_components/trend-panel";
import { SourceLine } from "@/components/source-line";
import { FigureStatusLabel } from "@/components/tables/figure-status";
import { describeCorroboration, findCorroborations } from "@/lib/dashboard/corroboration";
import { describeDisagreement, findDisagreements } from "@/lib/dashboard/find-disagreements";
import { FigureListSection } from "@/app/_components/figure-list-section";
import { todayIso } from "@/lib/claims/claim-outcome";
import {
  readClaimCount,
  readClaims,
  readCorroborationCandidates,
  readDisagreementCandidates,
  readFiguresPage,
  readLookalikes,
  readTrend,
} from "@/lib/data/public-reads";
import { figureSectionSize } from "@/lib/filters/figure-list-query";
import { formatValue } from "@/lib/format/format-number";
import { categoryLabels } from "@/lib/metrics/category-labels";
import { findMetric } from "./find-metric";
import { takeAsOf, withAsOf } from "@/lib/filters/as-of";
import { AsOfBanner } from "@/app/_components/as-of-banner";
import { CiteBlock } from "@/components/citations/cite-block";
import { citeContext } from "@/lib/citations/cite-context";

// Rendered on every request from cached reads (lib/data/public-reads.ts), which each write invalidates by what it
// changed (lib/cache).
export const dynamic = "force-dynamic";
/** The latest periods where sources disagree, in view; the earlier ones fold. */
const shownDisagreements = 3;
/**
 * How many earlier periods the fold lists, latest first: a metric of a million figures had 1,473, 750 KB of the
 * page. The rest are counted and linked to the figures list, where every value is.
 */
const foldedDisagreements = 30;
/** The claims a page shows, latest target dates first; /claims has them all. */
const shownClaims = 12;
/** The latest periods with several figures; the table below has them all. */
const shownCorroborations = 12;

export async function generateMetadata({ params, searchParams }: PageProps<"/metrics/[slug]">): Promise<Metadata> {
  const metric = await findMetric(null, (await params).slug);
  // A shared view of the chart previews as that view; a bad one as the plain chart.
  const query = await searchParams;
  const view = metric ? parseTrendView(query, trendViewPrefix(metric.slug)) : null;
  return metric
    ? {
        title: metric.name,
        description: metric.description,
        ...socialCard(
          trendChartState({ metric: metric.slug }, view?.ok ? view.view : undefined),
          `Chart: ${metric.name}, in ${metric.unit}`,
          takeAsOf(query).asOf,
        ),
      }
    : { title: "Metric not found" };
}

export default async function MetricPage({ params, searchParams }: PageProps<"/metrics/[slug]">) {
  const { slug } = await params;
  const { asOf, errors: asOfErrors } = takeAsOf(await searchParams);
  const metric = await findMetric(asOf, slug);
  if (!metric) notFound();

  const filter = { metric: slug };
  const [trend, { figures, total }, candidates, sharedPeriods, lookalikes, claims, claimCount] = await Promise.all([
    readTrend(asOf, slug),
    readFiguresPage(asOf, filter, 1, figureSectionSize),
    readDisagreementCandidates(asOf, slug),
    readCorroborationCandidates(asOf, slug),
    readLookalikes(asOf, slug),
    readClaims(asOf, { metric: slug }, todayIso(), shownClaims),
    readClaimCount(asOf, { metric: slug }),
  ]);
  // Oldest first, so the latest are the ones left in view.
  const disagreements = findDisagreements(candidates).sort((a, b) => (a.periodEnd ?? "").localeCompare(b.periodEnd ?? ""));
  const corroborations = findCorroborations(sharedPeriods);
  const cite = citeContext(asOf);
  // The page cites the figures it shows: its chart's, those without a period and the first page of its list.
  const publishers = [
    ...(trend?.series.flatMap((series) => series.points.map((point) => point.source.publisher)) ?? []),
    ...(trend?.undated.map((figure) => figure.source.publisher) ?? []),
    ...figures.map((figure) => figure.source.publisher),
  ];

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/metrics">Metrics</Link> <span aria-hidden="true">/</span> <span aria-current="page">{metric.name}</span>
      </nav>
      <h1>{metric.name}</h1>
      <AsOfBanner asOf={asOf} errors={asOfErrors} today={`/metrics/${slug}`} />
      <dl className="facts">
        <div>
          <dt>Unit</dt>
          <dd>{metric.unit}</dd>
        </div>
        <div>
          <dt>Category</dt>
          <dd>{categoryLabels[metric.category]}</dd>
        </div>
        <div>
          <dt>Figures</dt>
          <dd>{metric.figureCount}</dd>
        </div>
      </dl>
      <p className="lede">{metric.description}</p>
      <CiteBlock context={cite} title={metric.name} path={`/metrics/${slug}`} publishers={publishers} of="page" />

      {lookalikes.length > 0 ? (
        <aside className="lookalikes" aria-labelledby="lookalikes-heading">
          <h2 id="lookalikes-heading">Not to be confused with</h2>
          <p>These sound alike but measure something else; their figures are never charted with this one.</p>
          <ul>
            {lookalikes.map((lookalike) => (
              <li key={lookalike.slug}>
                <Link href={withAsOf(`/metrics/${lookalike.slug}`, asOf)}>{lookalike.name}</Link>{" "}
                <span className="unit">({lookalike.unit})</span>: {lookalike.difference ?? lookalike.description}
              </li>
            ))}
          </ul>
        </aside>
      ) : null}

      {disagreements.length > 0 ? (
        <aside className="callout" aria-labelledby="disagree-heading">
          <h2 id="disagree-heading">Sources disagree</h2>
          <ul>
            {disagreements.slice(-shownDisagreements).map((disagreement) => (
              <li key={disagreement.figures.map((figure) => figure.id).join("-")}>{describeDisagreement(disagreement)}</li>
            ))}
          </ul>
          {/* The latest stay in view; on a dense metric the earlier ones fold, so the chart is not a screen away. */}
          {disagreements.length > shownDisagreements ? (
            <details>
              <summary>
                {disagreements.length - shownDisagreements} earlier {disagreements.length - shownDisagreements === 1 ? "period" : "periods"}{" "}
                where sources disagree
              </summary>
              <ul>
                {disagreements
                  .slice(0, -shownDisagreements)
                  .slice(-foldedDisagreements)
                  .map((disagreement) => (
                    <li key={disagreement.figures.map((figure) => figure.id).join("-")}>{describeDisagreement(disagreement)}</li>
                  ))}
              </ul>
              {disagreements.length - shownDisagreements > foldedDisagreements ? (
                <p>
                  And {disagreements.length - shownDisagreements - foldedDisagreements} earlier periods:{" "}
                  <Link href={withAsOf(`/figures?metric=${slug}`, asOf)}>every figure of this metric</Link>, each with its source.
                </p>
              ) : null}
            </details>
          ) : null}
          <p>Every value is shown with its own source; Corridor Watch does not choose between them.</p>
        </aside>
      ) : null}

      {corroborations.length > 0 ? (
        <section aria-labelledby="origins-heading">
          <h2 id="origins-heading">Independent origins</h2>
          <p>
            Where several figures give the same period, how many independent origins they come from: outlets relaying one agency&apos;s
            data, or quoting one official, are one origin.
          </p>
          {/* Folded: on a dense metric the list would push the chart a screen down; its one-line summary stays visible. */}
          <details>
            <summary>
              {corroborations.length} {corroborations.length === 1 ? "period has" : "periods have"} several figures;{" "}
              {corroborations.filter((corroboration) => corroboration.origins.length === 1).length} of them come from a single origin.
            </summary>
            <ul>
              {corroborations.slice(0, shownCorroborations).map((corroboration) => (
                <li key={corroboration.figures.map((figure) => figure.id).join("-")}>{describeCorroboration(corroboration)}</li>
              ))}
            </ul>
            {corroborations.length > shownCorroborations ? (
              <p>And {corroborations.length - shownCorroborations} more periods with several figures, in the table below.</p>
            ) : null}
          </details>
        </section>
      ) : null}

      {trend && trend.series.length > 0 ? (
        <section aria-labelledby="trend-heading">
          <h2 id="trend-heading" className="visually-hidden">
            Over time
          </h2>
          <TrendPanel trend={trend} filter={{}} headingLevel={3} asOf={asOf} cite={cite} />
        </section>
      ) : null}

      {trend && trend.undated.length > 0 ? (
        <section aria-labelledby="undated-heading">
          <h2 id="undated-heading">Figures without a period</h2>
          <p>These cannot sit on a time axis; each is shown as its source gives it.</p>
          <ul className="undated-list">
            {trend.undated.map((figure) => (
              <li key={figure.id}>
                <strong className="number">{formatValue(figure.value, figure.metric.unit)}</strong>
                {figure.route ? (
                  <>
                    {" "}
                    on the <Link href={`/routes/${figure.route.slug}`}>{figure.route.name}</Link>
                  </>
                ) : null}{" "}
                <FigureStatusLabel status={figure.status} />
                {figure.note ? <span className="note"> {figure.note}</span> : null}
                <SourceLine source={figure.source} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ClaimsSection claims={claims} counts={claimCount} of="in this metric" />

      <FigureListSection
        asOf={asOf}
        page={{ figures, total }}
        filter={filter}
        heading="of this metric"
        empty="for this metric"
        caption={(counted) => `${counted}: ${metric.name} (${metric.unit})`}
        csvOf={`the ${total} figures of ${metric.name}`}
        showMetric={false}
        showRoute={figures.some((figure) => figure.route !== null)}
      />
    </>
  );
}
