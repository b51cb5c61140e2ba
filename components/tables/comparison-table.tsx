import type { RouteComparison } from "@/lib/data/types";
import { comparisonValueText, unlikeText } from "@/lib/charts/describe-chart";
import { asOfPhrase, SourceCitation } from "../source-line";
import { ColumnHeads } from "./column-heads";
import { FigureStatusLabel } from "./figure-status";
import { TableScroll } from "./table-scroll";
import styles from "./tables.module.css";

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
                      {value.sources.map((source, index) => (
                        <span key={`${source.publisher}-${source.title}`}>
                          {index > 0 ? "; " : null}
                          <SourceCitation source={source} /> <span className={styles.muted}>({asOfPhrase(source)})</span>
                        </span>
                      ))}
                    </td>
                    <td className={styles.wide}>{value.notes.join(" ")}</td>
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
