import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CsvLink } from "@/app/_components/csv-link";
import { ClaimsSection } from "@/app/_components/claims-section";
import { socialCard } from "@/lib/charts/social-card";
import { TrendPanel } from "@/app/_components/trend-panel";
import { Timeline } from "@/components/timeline";
import { eventsCsvUrl } from "@/lib/csv/csv-urls";
import { todayIso } from "@/lib/claims/claim-outcome";
import {
  readClaimCount,
  readClaims,
  readEvents,
  readFiguresPage,
  readRouteComparison,
  readRouteMap,
  readRouteMetrics,
  readTrend,
} from "@/lib/data/public-reads";
import { RouteMap } from "@/components/route-map";
import { FigureListSection } from "@/app/_components/figure-list-section";
import { toQueryString } from "@/lib/filters/figure-filter";
import { figureSectionSize } from "@/lib/filters/figure-list-query";
import { routeCharts } from "@/lib/dashboard/route-charts";
import type { RouteSummary } from "@/lib/data/types";
import { RouteMeasures } from "./_components/route-measures";
import { findRoute } from "./find-route";
import { takeAsOf, withAsOf } from "@/lib/filters/as-of";
import { AsOfBanner } from "@/app/_components/as-of-banner";
import { CiteBlock } from "@/components/citations/cite-block";
import { citeContext } from "@/lib/citations/cite-context";

// Rendered on every request from cached reads (lib/data/public-reads.ts), which each write invalidates by what it
// changed (lib/cache).
export const dynamic = "force-dynamic";
/** The claims a page shows, latest target dates first; /claims has them all. */
const shownClaims = 12;

const kindLabels: Record<RouteSummary["kind"], string> = { instc: "INSTC branch", alternative: "Alternative route" };

export async function generateMetadata({ params, searchParams }: PageProps<"/routes/[slug]">): Promise<Metadata> {
  const route = await findRoute(null, (await params).slug);
  return route
    ? {
        title: route.name,
        description: route.description,
        ...socialCard({ chart: "map", route: route.slug }, `Map of the ${route.name}`, takeAsOf(await searchParams).asOf),
      }
    : { title: "Route not found" };
}

export default async function RoutePage({ params, searchParams }: PageProps<"/routes/[slug]">) {
  const { slug } = await params;
  const { asOf, errors: asOfErrors } = takeAsOf(await searchParams);
  const route = await findRoute(asOf, slug);
  if (!route) notFound();

  const filter = { route: slug };
  const [comparisons, { figures, total }, events, routeMetrics, claims, claimCount, routeMap] = await Promise.all([
    readRouteComparison(asOf),
    readFiguresPage(asOf, filter, 1, figureSectionSize),
    readEvents(asOf, filter),
    readRouteMetrics(asOf, slug),
    readClaims(asOf, { route: slug }, todayIso(), shownClaims),
    readClaimCount(asOf, { route: slug }),
    readRouteMap(asOf),
  ]);
  // Every metric of the route: a chart for each family with a dated figure, at most maxRouteCharts (the rest named),
  // and the metrics with no period to chart listed with their counts.
  const { charted, notCharted } = routeCharts(routeMetrics);
  const undatedOnly = routeMetrics.filter((metric) => metric.dated === 0);
  // The timeline shows the route's events; each chart draws those linked to its metric (and scale sisters), of
  // this route or of no single route (each trend a cached read of its own).
  const trends = (await Promise.all(charted.map((metric) => readTrend(asOf, metric.slug, filter)))).filter((trend) => trend !== null);
  const cite = citeContext(asOf);
  // The page cites the figures it shows: its measures', its charts' and the first page of its list.
  const publishers = [
    ...comparisons.flatMap((comparison) =>
      comparison.rows.filter((row) => row.route.slug === slug).flatMap((row) => row.value?.sources.map((source) => source.publisher) ?? []),
    ),
    ...trends.flatMap((trend) => trend.series.flatMap((series) => series.points.map((point) => point.source.publisher))),
    ...figures.map((figure) => figure.source.publisher),
  ];

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/routes">Routes</Link> <span aria-hidden="true">/</span> <span aria-current="page">{route.name}</span>
      </nav>
      <h1>{route.name}</h1>
      <AsOfBanner asOf={asOf} errors={asOfErrors} today={`/routes/${slug}`} />
      <dl className="facts">
        <div>
          <dt>Kind</dt>
          <dd>
            <span className={`kind kind-${route.kind}`}>{kindLabels[route.kind]}</span>
          </dd>
        </div>
        <div>
          <dt>Modes</dt>
          <dd>{route.modes.join(", ")}</dd>
        </div>
        <div>
          <dt>Via</dt>
          <dd>{route.via}</dd>
        </div>
      </dl>
      <p className="lede">{route.description}</p>
      <CiteBlock context={cite} title={route.name} path={`/routes/${slug}`} publishers={publishers} of="page" />

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">Where it runs</h2>
        <RouteMap data={routeMap} highlight={route.slug} headingId="map-heading" asOf={asOf} />
      </section>

      <section aria-labelledby="measures-heading">
        <h2 id="measures-heading">How it compares</h2>
        <p>
          Its latest figure on each measure of the <Link href="/">route comparison</Link>, with its period, status and source.
        </p>
        <RouteMeasures comparisons={comparisons} routeSlug={route.slug} />
      </section>

      {trends.length > 0 ? (
        <section aria-labelledby="trends-heading">
          <h2 id="trends-heading">Over time</h2>
          {trends.map((trend) => (
            <TrendPanel key={trend.metric.slug} trend={trend} filter={filter} headingLevel={3} asOf={asOf} cite={cite} />
          ))}
          {notCharted.length > 0 ? (
            <p>
              {notCharted.length} more metrics have dated figures for this route:{" "}
              {notCharted.map((metric, index) => (
                <span key={metric.slug}>
                  {index > 0 ? ", " : null}
                  <Link href={withAsOf(`/figures${toQueryString({ metric: metric.slug, route: slug })}`, asOf) as Route}>
                    {metric.name}
                  </Link>
                </span>
              ))}
              .
            </p>
          ) : null}
        </section>
      ) : null}

      {undatedOnly.length > 0 ? (
        <section aria-labelledby="undated-metrics-heading">
          <h2 id="undated-metrics-heading">Without a period to chart</h2>
          <p>
            These metrics have figures for this route that give no period (a route length, a claimed saving), so they sit on no time axis:
          </p>
          <ul className="metric-links">
            {undatedOnly.map((metric) => (
              <li key={metric.slug}>
                <Link href={withAsOf(`/figures${toQueryString({ metric: metric.slug, route: slug })}`, asOf) as Route}>{metric.name}</Link>{" "}
                ({metric.unit}): {metric.figures === 1 ? "1 figure" : `${metric.figures} figures`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ClaimsSection claims={claims} counts={claimCount} of="on this route" route={slug} />

      <FigureListSection
        asOf={asOf}
        page={{ figures, total }}
        filter={filter}
        heading="for this route"
        empty="for this route"
        caption={(counted) => `${counted} for the ${route.name}`}
        csvOf={`the ${total} figures for the ${route.name}`}
        showMetric
        showRoute={false}
      />

      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        {events.length === 0 ? (
          <p>No event on this route is recorded yet.</p>
        ) : (
          <>
            <Timeline events={events} />
            <p className="downloads">
              <CsvLink href={withAsOf(eventsCsvUrl(filter), asOf)} of={`the events of the ${route.name}`} />
            </p>
          </>
        )}
      </section>
    </>
  );
}
