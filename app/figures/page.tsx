import type { Metadata } from "next";
import { getFiguresPage } from "@/lib/data/figures/get-figures-page";
import { getSourcePublishers } from "@/lib/data/figures/get-source-publishers";
import { unknownFilterSlugs } from "@/lib/data/figures/validate-filter-slugs";
import { getMetrics } from "@/lib/data/metrics/get-metrics";
import { getRoutes } from "@/lib/data/routes/get-routes";
import { figureListPageSize, parseFigureListQuery } from "@/lib/filters/figure-list-query";
import { recordToSearchParams } from "@/lib/filters/search-params";
import { FigureExplorer, type ExplorerInitial } from "./_components/figure-explorer";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Figures" };

export default async function FiguresPage({ searchParams }: PageProps<"/figures">) {
  const parsed = parseFigureListQuery(recordToSearchParams(await searchParams));
  const [routes, metrics, publishers, unknown] = await Promise.all([
    getRoutes(),
    getMetrics(),
    getSourcePublishers(),
    parsed.ok ? unknownFilterSlugs(parsed.filter) : [],
  ]);
  // A bad query is answered on the page, with a 200 and no rows: the filters stay editable from there.
  const errors = parsed.ok ? unknown : parsed.errors;
  const initial: ExplorerInitial = {
    errors,
    page: parsed.ok && errors.length === 0 ? await getFiguresPage(parsed.filter, parsed.page, figureListPageSize, parsed.sort) : null,
  };
  return (
    <>
      <h1>Figures</h1>
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
