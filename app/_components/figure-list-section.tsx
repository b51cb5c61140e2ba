import type { Route } from "next";
import Link from "next/link";
import { CsvLink } from "@/app/_components/csv-link";
import { FiguresTable } from "@/components/tables/figures-table";
import { figuresCsvUrl } from "@/lib/csv/csv-urls";
import type { FiguresPage } from "@/lib/data/types";
import { toQueryString, type FigureFilter } from "@/lib/filters/figure-filter";
import { withAsOf, type AsOf } from "@/lib/filters/as-of";

type Props = {
  /** The first page of the figures, and how many there are in all. */
  page: Pick<FiguresPage, "figures" | "total">;
  filter: FigureFilter;
  /** Whose figures, as the heading says it: "for this route", "of this metric". */
  heading: string;
  /** What the page is about, for "No figure … is in the database yet": "for this route". */
  empty: string;
  /** The table's caption from the count: "14 figures" → "14 figures for the INSTC western route". */
  caption: (counted: string) => string;
  /** The CSV link's object: "the 14 figures for the INSTC western route". */
  csvOf: string;
  showMetric: boolean;
  showRoute: boolean;
  /** The moment the page shows, kept in its links and CSV. */
  asOf: AsOf;
};

/**
 * The figures section of a route or metric page: the first few as a table (figureSectionSize), the way to all of them in the
 * paged figure list, and the CSV of every one.
 */
export function FigureListSection({
  page: { figures, total },
  filter,
  heading,
  empty,
  caption,
  csvOf,
  showMetric,
  showRoute,
  asOf,
}: Props) {
  const more = figures.length < total;
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{more ? `Figures ${heading}` : `Every figure ${heading}`}</h2>
      {figures.length === 0 ? (
        <p>No figure {empty} is in the database yet.</p>
      ) : (
        <>
          <FiguresTable
            figures={figures}
            caption={caption(
              more
                ? `The first ${figures.length} of ${total.toLocaleString("en")} figures`
                : `${total} ${total === 1 ? "figure" : "figures"}`,
            )}
            showMetric={showMetric}
            showRoute={showRoute}
          />
          {more ? (
            <p>
              <Link href={withAsOf(`/figures${toQueryString(filter)}`, asOf) as Route}>All {total.toLocaleString("en")} figures</Link> in
              the figure list, a hundred to a page.
            </p>
          ) : null}
          <p className="downloads">
            <CsvLink href={withAsOf(figuresCsvUrl(filter), asOf)} of={csvOf} />
          </p>
        </>
      )}
    </section>
  );
}
