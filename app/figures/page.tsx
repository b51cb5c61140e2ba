import type { Metadata } from "next";
import { getFiguresPage } from "@/lib/data/figures/get-figures-page";
import { getSourcePublishers } from "@/lib/data/figures/get-source-publishers";
import { unknownFilterSlugs } from "@/lib/data/figures/validate-filter-slugs";
import { getMetrics } from "@/lib/data/metrics/get-metrics";
import { getRoutes } from "@/lib/data/routes/get-routes";
import { figureListPageSize, parseFigureListQuery } from "@/lib/filters/figure-list-query";
import { queryString } from "@/lib/filters/search-params";
import { takeAsOf } from "@/lib/filters/as-of";
import { readerAt } from "@/lib/data/as-of";
import { AsOfBanner } from "@/app/_components/as-of-banner";
import { FigureExplorer, type ExplorerInitial } from "./_components/figure-explorer";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Figures" };

export default async function FiguresPage({ searchParams }: PageProps<"/figures">) {
  const { asOf, errors: asOfErrors, rest } = takeAsOf(await searchParams);
  const db = await readerAt(asOf);
  const parsed = parseFigureListQuery(rest);
  const [routes, metrics, publishers, unknown] = await Promise.all([
    getRoutes(db),
    getMetrics(db),
    getSourcePublishers(db),
    parsed.ok ? unknownFilterSlugs(db, parsed.filter) : [],
  ]);
  // A bad query is answered on the page, with a 200 and no rows: the filters stay editable from there.
  const errors = parsed.ok ? unknown : parsed.errors;
  const initial: ExplorerInitial = {
    errors,
    page: parsed.ok && errors.length === 0 ? await getFiguresPage(db, parsed.filter, parsed.page, figureListPageSize, parsed.sort) : null,
  };
  return (
    <>
      <h1>Figures</h1>
      <AsOfBanner asOf={asOf} errors={asOfErrors} today={`/figures${queryString(rest)}`} />
      <p className="lede">
        Every figure in Corridor Watch, each with its period, status and source. Search it, narrow it by route, metric, status, source or
        period, and sort it by any column; the address of the page keeps the selection and the order, so it can be shared, and the CSV holds
        every figure of the selection.
      </p>
      <FigureExplorer
        initial={initial}
        options={{
          routes: routes.map(({ slug, name }) => ({ slug, name })),
          metrics: metrics.map(({ slug, name, unit }) => ({ slug, name, unit })),
          publishers,
        }}
      />
    </>
  );
}
