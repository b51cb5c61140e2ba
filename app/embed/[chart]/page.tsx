import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonPanel } from "@/app/_components/overview/comparison-panel";
import { TrendPanel } from "@/app/_components/trend-panel";
import { RouteMap } from "@/components/route-map";
import { chartPagePath, parseChartQuery } from "@/lib/charts/chart-state";
import { socialCard } from "@/lib/charts/social-card";
import { mapImageTitle } from "@/lib/chart-images/render-map-image";
import { getChartData } from "@/lib/data/charts/get-chart-data";
import { isChartKind, readChartState } from "@/lib/data/charts/read-chart-state";
import { takeAsOf } from "@/lib/filters/as-of";
import { readerAt } from "@/lib/data/as-of";
import { dataLicence } from "@/lib/licence/licence";
import { EmbedHeight } from "./embed-height";

// One chart for another site's iframe (the only pages other sites may frame; next.config.js): the chart with its
// sources, notes, table and downloads, a link back to its page, no site chrome (app/_components/outside-embeds.tsx).
// The query is the chart's state (lib/charts/chart-state.ts), the same as its CSV's and its images'.

/** Not for search engines; a link to it still previews as its chart's card, in the state it was given. */
export async function generateMetadata({ params, searchParams }: PageProps<"/embed/[chart]">): Promise<Metadata> {
  const { chart } = await params;
  const { asOf, errors, rest } = takeAsOf(await searchParams);
  const state = isChartKind(chart) && errors.length === 0 ? parseChartQuery(chart, rest).state : null;
  return { title: "Embedded chart", robots: { index: false }, ...(state ? socialCard(state, "A Corridor Watch chart", asOf) : {}) };
}

export default async function EmbedPage({ params, searchParams }: PageProps<"/embed/[chart]">) {
  const { chart } = await params;
  if (!isChartKind(chart)) notFound();
  const { asOf, errors: asOfErrors, rest } = takeAsOf(await searchParams);
  const db = await readerAt(asOf);
  const read = asOfErrors.length > 0 ? { ok: false as const, errors: asOfErrors } : await readChartState(db, chart, rest);
  if (!read.ok) {
    return (
      <>
        <h1>This chart cannot be shown</h1>
        <ul>
          {read.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
        <EmbedHeight />
      </>
    );
  }
  const data = await getChartData(db, read.state);
  if (!data) notFound();
  return (
    <div className="embed">
      {data.chart === "map" ? (
        <>
          <h1 id="embed-heading" className="embed-title">
            {mapImageTitle(data.map, data.highlight)}
          </h1>
          <RouteMap data={data.map} highlight={data.highlight} headingId="embed-heading" />
        </>
      ) : (
        <>
          <h1 className="visually-hidden">Corridor Watch chart</h1>
          {data.chart === "comparison" ? <ComparisonPanel comparison={data.comparison} headingLevel={2} /> : null}
          {data.chart === "trend" ? (
            // One chart in its own address: its view is the address's bare keys, as in its image's and CSV's.
            <TrendPanel
              trend={data.trend}
              filter={read.state.chart === "trend" ? read.state.filter : {}}
              view={read.state.chart === "trend" ? read.state.view : undefined}
              viewPrefix=""
              headingLevel={2}
            />
          ) : null}
        </>
      )}
      <p className="embed-back">
        <a href={chartPagePath(read.state)}>See this chart on Corridor Watch</a>. Data: <a href={dataLicence.url}>{dataLicence.name}</a>,
        attribute “{dataLicence.attribution}”; each figure remains its source&apos;s.
      </p>
      <EmbedHeight />
    </div>
  );
}
