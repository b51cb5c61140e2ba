import { comparisonValueText, comparisonWhen, shortRouteName } from "@/lib/charts/describe-chart";
import { routeColour } from "@/lib/charts/route-colours";
import type { ComparisonRow, ComparisonValue, RouteComparison } from "@/lib/data/types";
import styles from "./overview.module.css";

const measureLabels: Record<RouteComparison["measure"], string> = {
  distance: "Distance",
  transit_time: "Transit time",
  freight_cost: "Freight cost",
  volume: "Cargo",
};

type Known = ComparisonRow & { value: ComparisonValue };
const known = (row: ComparisonRow): row is Known => row.value !== null;

function RouteValue({ row }: { row: Known }) {
  const claim = row.value.statuses.every((status) => status !== "reported");
  return (
    <>
      <strong style={{ color: routeColour(row.route.slug, row.route.kind) }}>{comparisonValueText(row.value)}</strong>{" "}
      {shortRouteName(row.route.name)} ({claim ? "claim, " : ""}
      {comparisonWhen(row.value)})
    </>
  );
}

/**
 * The route comparison in four lines, for the first screen: the first INSTC branch with a figure against the first
 * alternative with one, on each measure. The charts below carry every route, source and note.
 */
export function ComparisonGlance({ comparisons, chartsId }: { comparisons: RouteComparison[]; chartsId: string }) {
  return (
    <aside className={styles.glance} aria-labelledby="glance-heading">
      <h2 id="glance-heading">INSTC against the alternatives</h2>
      <dl>
        {comparisons.map((comparison) => {
          const instc = comparison.rows.filter((row) => row.route.kind === "instc").find(known);
          const alternative = comparison.rows.filter((row) => row.route.kind === "alternative").find(known);
          return (
            <div key={comparison.measure} style={{ display: "contents" }}>
              <dt>{measureLabels[comparison.measure]}</dt>
              <dd>
                {instc ? <RouteValue row={instc} /> : "INSTC: no data"}
                {" vs "}
                {alternative ? <RouteValue row={alternative} /> : "alternatives: no data"}
              </dd>
            </div>
          );
        })}
      </dl>
      <p>
        <a href={`#${chartsId}`}>Every route, with sources and notes</a>
      </p>
    </aside>
  );
}
