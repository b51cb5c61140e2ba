import type { ComparisonValue, RouteComparison } from "@/lib/data/types";
import { comparisonValueText, unlikeText } from "@/lib/charts/describe-chart";
import { asOfPhrase, distinctSources, SourceCitation } from "../source-line";
import { firstOf, firstWithin, moreText } from "@/lib/sources/first-of";
import { ColumnHeads } from "./column-heads";
import { FigureStatusLabel } from "./figure-status";
import { TableScroll } from "./table-scroll";
import styles from "./tables.module.css";

/**
 * How many sources a row names, and how many characters of notes it shows: a value drawn from dozens of figures
 * (sources disagreeing on one period, at a million figures) names its first ones and counts the rest, which the
 * chart's CSV lists figure by figure. No value of the sourced dataset has more than 12 sources or 1,000 characters
 * of notes, so its rows show them all.
 */
const rowSources = 16;
const rowNoteLength = 1_500;

/** The numbers behind a route-comparison chart: one row per route, "No data" where no source gives a figure. */
export function ComparisonTable({ comparison }: { comparison: RouteComparison }) {
  const caption = `${comparison.title}, in ${comparison.unit}, by route`;
  return (
    <TableScroll label={caption}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <ColumnHeads columns={["Route", { label: "Value", className: styles.number }, "Status", "Period", "Source", "Note"]} />
        <tbody>
          {comparison.rows.map((row) => {
            const { route, value } = row;
            return (
              <tr key={route.slug}>
                <th scope="row">
                  <a href={`/routes/${route.slug}`}>{route.name}</a>
                </th>
                {value ? (
                  <>
                    <td className={styles.number}>{comparisonValueText(value)}</td>
                    <td>
                      {value.statuses.map((status) => (
                        <FigureStatusLabel key={status} status={status} />
                      ))}
                    </td>
                    <td>
                      {value.periodLabels.length > 0 ? (
                        value.periodLabels.join("; ")
                      ) : (
                        <span className={styles.muted}>no period given</span>
                      )}
                    </td>
                    <td className={styles.wide}>
                      <RowSources sources={value.sources} />
                    </td>
                    <td className={styles.wide}>
                      <RowNotes notes={value.notes} />
                    </td>
                  </>
                ) : (
                  <td colSpan={5} className={styles.noData}>
                    {unlikeText(row) ?? "No data"}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function RowSources({ sources }: { sources: ComparisonValue["sources"] }) {
  const { shown, more } = firstOf(distinctSources(sources), rowSources);
  return (
    <>
      {shown.map((source, index) => (
        <span key={`${source.publisher}-${source.title}`}>
          {index > 0 ? "; " : null}
          <SourceCitation source={source} /> <span className={styles.muted}>({asOfPhrase(source)})</span>
        </span>
      ))}
      {more > 0 ? <span className={styles.muted}>; {moreText(more, "source")}, all in the CSV</span> : null}
    </>
  );
}

function RowNotes({ notes }: { notes: string[] }) {
  const { shown, more } = firstWithin(notes, rowNoteLength);
  return (
    <>
      {shown.join(" ")}
      {more > 0 ? <span className={styles.muted}> ({moreText(more, "note")} in the CSV)</span> : null}
    </>
  );
}
