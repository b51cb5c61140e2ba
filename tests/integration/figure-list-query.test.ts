import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFigures } from "@/lib/data/figures/get-figures";
import { getFiguresPage } from "@/lib/data/figures/get-figures-page";
import { getSourcePublishers } from "@/lib/data/figures/get-source-publishers";
import type { Reader } from "@/lib/data/reader";
import type { FigureView } from "@/lib/data/types";
import type { FigureFilter } from "@/lib/filters/figure-filter";
import { figureSortColumns, type FigureSort, type FigureSortColumn } from "@/lib/filters/figure-list-query";
import { databaseKinds, openSeededDatabase, type TestDatabase } from "./test-databases";

// The public figure list's search, source filter and sort orders (/figures, GET /api/figures), on the seed data,
// against both databases: every order pages through the whole selection once, blanks last both ways; a search
// finds exactly the figures whose words contain it.
/** Every figure of a selection in the list's order, read a page of 50 at a time as the list reads it. */
async function readAllPages(db: Reader, filter: FigureFilter, sort: FigureSort): Promise<FigureView[]> {
  const figures: FigureView[] = [];
  for (let page = 1; ; page++) {
    const result = await getFiguresPage(db, filter, page, 50, sort);
    figures.push(...result.figures);
    if (result.figures.length < 50) {
      expect(figures).toHaveLength(result.total);
      return figures;
    }
  }
}

/** The value a column sorts by, where JavaScript compares it the way SQL does (numbers, ISO dates, enum order). */
const comparable: Partial<Record<FigureSortColumn, (figure: FigureView) => number | string | null>> = {
  value: (figure) => Number(figure.value),
  period: (figure) => figure.periodEnd,
  "as-of": (figure) => figure.source.date,
  status: (figure) => ["reported", "claim", "forecast", "plan"].indexOf(figure.status),
};
const nullable: Partial<Record<FigureSortColumn, (figure: FigureView) => unknown>> = {
  route: (figure) => figure.route,
  period: (figure) => figure.periodEnd,
  "as-of": (figure) => figure.source.date,
  note: (figure) => figure.note,
};

describe.each(databaseKinds)("the figure list's search and sort on the %s database", (kind) => {
  let db: TestDatabase;
  let all: FigureView[];

  beforeAll(async () => {
    db = await openSeededDatabase(kind);
    all = await getFigures(db);
  });
  afterAll(() => db?.dispose());

  it.each(figureSortColumns)("sorts by %s both ways, every figure once, blanks last", async (column) => {
    const ascending = await readAllPages(db, {}, { column, dir: "asc" });
    const descending = await readAllPages(db, {}, { column, dir: "desc" });
    const ids = (figures: FigureView[]) => figures.map((figure) => figure.id);
    expect(new Set(ids(ascending)).size).toBe(all.length);
    expect([...ids(ascending)].sort()).toEqual([...ids(all)].sort());
    expect([...ids(descending)].sort()).toEqual([...ids(all)].sort());

    const isBlank = nullable[column];
    if (isBlank) {
      for (const order of [ascending, descending]) {
        const firstBlank = order.findIndex((figure) => isBlank(figure) === null);
        expect(firstBlank, `${column}: the seed has blanks`).toBeGreaterThan(0);
        expect(
          order.slice(firstBlank).every((figure) => isBlank(figure) === null),
          `${column}: blanks come last`,
        ).toBe(true);
      }
      // Among the filled ones, descending is ascending reversed (ties broken by id, reversed too).
      const filled = (order: FigureView[]) => ids(order.filter((figure) => isBlank(figure) !== null));
      expect(filled(descending)).toEqual(filled(ascending).reverse());
    } else {
      expect(ids(descending)).toEqual(ids(ascending).reverse());
    }

    const key = comparable[column];
    if (key) {
      const keys = ascending.map(key).filter((value) => value !== null);
      expect(keys).toEqual([...keys].sort((a, b) => (a! < b! ? -1 : a! > b! ? 1 : 0)));
    }
  });

  it("sorts by value as numbers, not as text (10 after 9)", async () => {
    const { figures } = await getFiguresPage(db, { route: "chennai-vladivostok", status: "claim" }, 1, 100, {
      column: "value",
      dir: "asc",
    });
    expect(figures.map((figure) => figure.value)).toEqual(["10", "14", "24", "5600", "5647", "10300", "10458"]);
  });

  it("finds a search text anywhere in a figure's metric, route, subject, source or note, whatever its case", async () => {
    const words = (figure: FigureView) =>
      [figure.metric.name, figure.route?.name ?? "", figure.subject, figure.source.publisher, figure.source.title, figure.note ?? ""]
        .join("\n")
        .toLowerCase();
    for (const q of ["astara", "ASTARA", "Middle Corridor", "tass", "Jeyhun", "wagons"]) {
      const expected = all
        .filter((figure) => words(figure).includes(q.toLowerCase()))
        .map((figure) => figure.id)
        .sort();
      expect(expected.length, `the seed has figures matching “${q}”`).toBeGreaterThan(0);
      const found = await readAllPages(db, { q }, null);
      expect(found.map((figure) => figure.id).sort(), `search “${q}”`).toEqual(expected);
    }
  });

  it("matches %, _ and \\ in a search literally", async () => {
    const percent = all.filter((figure) => `${figure.subject} ${figure.source.title} ${figure.note ?? ""}`.includes("%"));
    const found = await readAllPages(db, { q: "18%" }, null);
    expect(
      found.every((figure) => `${figure.metric.name} ${figure.subject} ${figure.source.title} ${figure.note ?? ""}`.includes("18%")),
    ).toBe(true);
    expect(percent.length).toBeGreaterThan(0);
    expect((await getFiguresPage(db, { q: "___" }, 1, 10)).total).toBe(0);
    expect((await getFiguresPage(db, { q: "%%%" }, 1, 10)).total).toBe(0);
  });

  it("combines a search with the source filter and an order, and counts what it selects", async () => {
    const q = "trade";
    const matching = all.filter((figure) =>
      `${figure.metric.name} ${figure.subject} ${figure.source.title} ${figure.note ?? ""}`.toLowerCase().includes(q),
    );
    const counts = new Map<string, number>();
    for (const figure of matching) counts.set(figure.source.publisher, (counts.get(figure.source.publisher) ?? 0) + 1);
    const [publisher, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(count).toBeGreaterThan(1);
    const page = await getFiguresPage(db, { source: publisher, q }, 1, 100, { column: "period", dir: "desc" });
    expect(page.total).toBe(count);
    expect(page.figures.every((figure) => figure.source.publisher === publisher)).toBe(true);
    const periods = page.figures.map((figure) => figure.periodEnd).filter((end) => end !== null);
    expect(periods).toEqual([...periods].sort().reverse());
  });

  it("offers every cited publisher once, A to Z as the database sorts them", async () => {
    const publishers = await getSourcePublishers(db);
    expect(new Set(publishers)).toEqual(new Set(all.map((figure) => figure.source.publisher)));
    expect(publishers).toHaveLength(new Set(publishers).size);
    const sorted = await db.prisma.$queryRaw<
      { p: string }[]
    >`SELECT DISTINCT source_publisher AS p FROM figures WHERE deleted_at IS NULL ORDER BY 1`;
    expect(publishers).toEqual(sorted.map((row) => row.p));
  });
});
