import type { Route } from "next";
import Link from "next/link";
import { Activity } from "react";
import { ComparisonGlance } from "@/app/_components/overview/comparison-glance";
import { takeAsOf, withAsOf } from "@/lib/filters/as-of";
import { AsOfBanner } from "@/app/_components/as-of-banner";
import { ComparisonPanel } from "@/app/_components/overview/comparison-panel";
import { OverviewTrendPanel } from "@/app/_components/overview/overview-trend-panel";
import { FeaturedMetricCard } from "@/app/_components/overview/featured-metric-card";
import styles from "@/app/_components/overview/overview.module.css";
import { DatasetDownloads } from "@/app/_components/dataset-downloads";
import { todayIso } from "@/lib/dates/event-timing";
import { Timeline } from "@/components/timeline";
import { timelineWindow } from "@/lib/dashboard/timeline-window";
import { countOf } from "@/lib/format/count-of";
import { eventsCsvUrl } from "@/lib/csv/csv-urls";
import { cachedReads, getOverview } from "@/lib/data/overview/get-overview";
import { readRouteMap } from "@/lib/data/public-reads";
import { RouteMap } from "@/components/route-map";
import { citeContext } from "@/lib/citations/cite-context";

// Rendered on every request from cached reads (lib/data/public-reads.ts), which each write invalidates by what it
// changed (lib/cache): never prerendered at build time, when no database is open.
export const dynamic = "force-dynamic";

// Each section is an Activity boundary, always visible: React hydrates such boundaries one by one after the page
// around them, yielding to the browser between them, instead of the whole page in one task (on a phone, that one long
// task was most of Lighthouse's total blocking time). Not Suspense boundaries: React streams a large one apart, in a
// hidden element that only a script reveals, and without JavaScript those sections would never show.
export default async function OverviewPage({ searchParams }: PageProps<"/">) {
  const { asOf, errors } = takeAsOf(await searchParams);
  const [overview, routeMap] = await Promise.all([getOverview(cachedReads(asOf)), readRouteMap(asOf)]);
  const cite = citeContext(asOf);
  const today = todayIso();
  const timeline = timelineWindow(overview.events, asOf ? asOf.slice(0, 10) : today);

  return (
    <>
      <AsOfBanner asOf={asOf} errors={errors} today="/" />
      <div className={styles.intro}>
        <h1>The North–South corridor in figures</h1>
        <div>
          <p className="lede">
            The International North–South Transport Corridor links Russia&apos;s Baltic and Caspian ports with India through Azerbaijan or
            across the Caspian, and through Iran. Corridor Watch follows its trade, transit and construction, and compares it with the Suez
            Canal route and the Middle Corridor.
          </p>
          <DatasetDownloads className={styles.datasetDownloads} />
        </div>
        <ComparisonGlance comparisons={overview.comparison} chartsId="compare-heading" />
      </div>

      <Activity mode="visible">
        <section aria-labelledby="headline-heading">
          <h2 id="headline-heading" className="visually-hidden">
            Headline figures
          </h2>
          <div className={styles.headline}>
            {/* Chosen and ordered by editors: each metric's "Featured on the overview" place. */}
            {overview.featured.map((card) => (
              <FeaturedMetricCard key={card.metric.slug} card={card} today={today} />
            ))}
          </div>
        </section>
      </Activity>

      <Activity mode="visible">
        <section className={styles.belowFold} aria-labelledby="map-heading">
          <h2 id="map-heading">Where the routes run</h2>
          <p className={styles.sectionIntro}>
            Each route from Russia to India, and its alternatives, through its ports, border crossings and terminals. Select a route for its
            page.
          </p>
          <RouteMap data={routeMap} headingId="map-heading" asOf={asOf} />
        </section>
      </Activity>

      <Activity mode="visible">
        <section className={styles.belowFold} aria-labelledby="compare-heading">
          <h2 id="compare-heading">How the INSTC compares</h2>
          <p className={styles.sectionIntro}>
            The latest figure for each route on four measures. INSTC branches come first; a row that says &ldquo;No data&rdquo; has no
            figure from any source, which is not the same as zero.
          </p>
          <div className={styles.chartGrid}>
            {overview.comparison.map((comparison) => (
              <ComparisonPanel key={comparison.measure} comparison={comparison} asOf={asOf} cite={cite} />
            ))}
          </div>
        </section>
      </Activity>

      <Activity mode="visible">
        <section className={styles.belowFold} aria-labelledby="trends-heading">
          <h2 id="trends-heading">Trends</h2>
          <div className={styles.chartGrid}>
            {overview.trends.map((trend) => (
              <OverviewTrendPanel key={trend.metric.slug} trend={trend} asOf={asOf} cite={cite} />
            ))}
          </div>
        </section>
      </Activity>

      <Activity mode="visible">
        <section className={styles.belowFold} aria-labelledby="events-heading">
          <h2 id="events-heading">Timeline</h2>
          {timeline.total === 0 ? (
            <p>No event is recorded yet.</p>
          ) : (
            <>
              {timeline.earlier + timeline.later > 0 ? (
                <p className={styles.sectionIntro}>
                  The {timeline.shown.length} events around {asOf ? "that day" : "today"}, of {countOf(timeline.total, "event")}; the{" "}
                  {[
                    timeline.earlier > 0 ? `${timeline.earlier.toLocaleString("en")} earlier` : null,
                    timeline.later > 0 ? `${timeline.later.toLocaleString("en")} later` : null,
                  ]
                    .filter((part) => part !== null)
                    .join(" and ")}{" "}
                  are on <Link href={withAsOf("/events", asOf) as Route}>the whole timeline</Link>.
                </p>
              ) : null}
              <Timeline events={timeline.shown} />
              <p className={styles.downloads}>
                <a href={withAsOf(eventsCsvUrl(), asOf)} download>
                  Download CSV<span className="visually-hidden"> of the events</span>
                </a>
              </p>
            </>
          )}
        </section>
      </Activity>
    </>
  );
}
