import { comparisonValueText, unlikeText } from "@/lib/charts/describe-chart";
import { SourceLine } from "@/components/source-line";
import { FigureStatusLabel } from "@/components/tables/figure-status";
import type { RouteComparison } from "@/lib/data/types";

/**
 * The route's value on each measure of the overview's route comparison, one card per measure, "No data" where
 * no source gives one (never zero). Cards rather than a table: four short rows read better on a phone.
 */
export function RouteMeasures({ comparisons, routeSlug }: { comparisons: RouteComparison[]; routeSlug: string }) {
  return (
    <ul className="measure-cards" aria-label="This route on each comparison measure">
      {comparisons.map((comparison) => {
        const row = comparison.rows.find((candidate) => candidate.route.slug === routeSlug);
        const value = row?.value ?? null;
        const unlike = row ? unlikeText(row) : null;
        return (
          <li key={comparison.measure} className="card measure-card">
            <h3>
              {comparison.title} <span className="unit">({comparison.unit})</span>
            </h3>
            {value ? (
              <>
                <p className="measure-value">{comparisonValueText(value)}</p>
                <p className="measure-meta">
                  {value.periodLabels.length > 0 ? value.periodLabels.join("; ") : "No period given"}{" "}
                  {value.statuses.map((status) => (
                    <FigureStatusLabel key={status} status={status} />
                  ))}
                </p>
                {value.notes.map((note) => (
                  <p key={note} className="note">
                    {note}
                  </p>
                ))}
                {value.sources.map((source) => (
                  <SourceLine key={`${source.publisher}/${source.title}`} source={source} />
                ))}
              </>
            ) : (
              <>
                <p className="measure-value no-data">{unlike ? "Not comparable" : "No data"}</p>
                {unlike ? <p className="note">{unlike}</p> : null}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
