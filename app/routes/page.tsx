import type { Metadata } from "next";
import { takeAsOf, withAsOf, type AsOf } from "@/lib/filters/as-of";
import { readerAt } from "@/lib/data/as-of";
import { AsOfBanner } from "@/app/_components/as-of-banner";
import Link from "next/link";
import { countFiguresByRoute, getRoutes } from "@/lib/data/routes/get-routes";
import type { RouteKind, RouteSummary } from "@/lib/data/types";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Routes" };

const groups: { kind: RouteKind; heading: string; intro: string }[] = [
  { kind: "instc", heading: "INSTC branches", intro: "The three branches of the International North–South Transport Corridor." },
  { kind: "alternative", heading: "Alternatives", intro: "The routes the corridor competes with." },
];

export default async function RoutesPage({ searchParams }: PageProps<"/routes">) {
  const { asOf, errors } = takeAsOf(await searchParams);
  const db = await readerAt(asOf);
  const [routes, counts] = await Promise.all([getRoutes(db), countFiguresByRoute(db)]);

  return (
    <>
      <h1>Routes</h1>
      <AsOfBanner asOf={asOf} errors={errors} today="/routes" />
      <p className="lede">
        Each route has its own page with its distance, transit time, cost and cargo, the figures behind them and the events that shaped it.
      </p>
      {groups.map(({ kind, heading, intro }) => {
        const members = routes.filter((route) => route.kind === kind);
        return (
          <section key={kind} aria-labelledby={`${kind}-heading`}>
            <h2 id={`${kind}-heading`}>{heading}</h2>
            <p>{intro}</p>
            <ul className="index-list">
              {members.map((route) => (
                <RouteItem key={route.slug} route={route} figureCount={counts.get(route.slug) ?? 0} asOf={asOf} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function RouteItem({ route, figureCount, asOf }: { route: RouteSummary; figureCount: number; asOf: AsOf }) {
  return (
    <li className={`index-item kind-rule-${route.kind}`}>
      <h3>
        <Link href={withAsOf(`/routes/${route.slug}`, asOf)}>{route.name}</Link>
      </h3>
      <p className="meta">
        Via {route.via} · {route.modes.join(", ")} · {figureCount === 1 ? "1 figure" : `${figureCount} figures`}
      </p>
      <p>{route.description}</p>
    </li>
  );
}
