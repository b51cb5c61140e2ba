import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRouteComparison } from "@/lib/data/comparison/get-route-comparison";
import { getLatestFigureOfEachMetric } from "@/lib/data/metrics/get-latest-figures";
import { isRussiaIndia } from "@/lib/dashboard/corridor-ends";
import { getEvents } from "@/lib/data/events/get-events";
import { getFigures } from "@/lib/data/figures/get-figures";
import { getLookalikes } from "@/lib/data/metrics/get-lookalikes";
import { getDisagreementCandidates, getRouteMetrics } from "@/lib/data/figures/get-figure-facets";
import { getFiguresPage } from "@/lib/data/figures/get-figures-page";
import { findDisagreements } from "@/lib/dashboard/find-disagreements";
import { getTrend } from "@/lib/data/figures/get-trend";
import { unknownFilterSlugs } from "@/lib/data/figures/validate-filter-slugs";
import { getMetric, getMetrics } from "@/lib/data/metrics/get-metrics";
import { countFiguresByRoute, getRoute, getRoutes } from "@/lib/data/routes/get-routes";
import { getSources } from "@/lib/data/sources/get-sources";
import { getSourcesPage } from "@/lib/data/sources/get-sources-page";
import type { FigureView } from "@/lib/data/types";
import { seedDataDir } from "@/lib/seed/seed-database";
import { databaseKinds, openSeededDatabase, type TestDatabase } from "./test-databases";

// The queries the dashboard pages call, against both databases the app supports. The data layer opens its
// database through lib/db, which keeps one per process on globalThis; each block puts its own seeded test
// database there, so the functions run exactly as the pages call them.
// The seed files, read here independently of the seed code: tests about "all rows" count them.
const csv = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(seedDataDir, name), "utf8"), { header: true, skipEmptyLines: true }).data;
const seedFacts = [...csv("facts.csv"), ...csv("facts-from-notes.csv")];
const seedRoutes = csv("routes.csv");
const seedMetrics = csv("metrics.csv");
const seedEvents = csv("events.csv");
const factsWhere = (match: Partial<Record<"metric" | "route" | "status" | "source_publisher", string>>) =>
  seedFacts.filter((fact) => Object.entries(match).every(([column, value]) => fact[column] === value));

const overlaps = (figure: FigureView, from: string, to: string) =>
  (figure.periodEnd ?? figure.periodStart) !== null &&
  (figure.periodEnd ?? figure.periodStart)! >= from &&
  (figure.periodStart ?? figure.periodEnd)! <= to;

describe.each(databaseKinds)("dashboard queries on the %s database", (kind) => {
  let db: TestDatabase;
  let all: FigureView[];

  beforeAll(async () => {
    db = await openSeededDatabase(kind);
    all = await getFigures(db);
  });

  /** Runs `body` with a route that has no figures and no events (none in the seed does any more), then removes it. */
  async function withEmptyRoute<T>(kind: "instc" | "alternative", body: (slug: string) => Promise<T>): Promise<T> {
    const route = await db.prisma.route.create({
      data: {
        slug: "test-empty-route",
        name: "Test route without figures",
        kind,
        modes: ["rail"],
        via: "nowhere",
        description: "Created by the test.",
        position: 99,
      },
    });
    try {
      return await body(route.slug);
    } finally {
      await db.prisma.figure.deleteMany({ where: { routeId: route.id } });
      await db.prisma.route.delete({ where: { id: route.id } });
    }
  }

  afterAll(() => db?.dispose());

  describe("routes and metrics", () => {
    it("lists the INSTC branches first, then the alternatives, in seed order", async () => {
      expect((await getRoutes(db)).map((route) => [route.kind, route.slug])).toEqual([
        ["instc", "instc-west"],
        ["instc", "instc-caspian"],
        ["instc", "instc-east"],
        ["alternative", "suez"],
        ["alternative", "middle-corridor"],
        ["alternative", "cape-of-good-hope"],
        ["alternative", "chennai-vladivostok"],
      ]);
      // routes.csv lists the INSTC branches first too: the seed order is the file's order.
      expect((await getRoutes(db)).map((route) => route.slug)).toEqual(seedRoutes.map((route) => route.slug));
    });

    it("finds a route or metric by slug, and null for an unknown one", async () => {
      expect(await getRoute(db, "suez")).toMatchObject({ name: "Suez Canal sea route", kind: "alternative", modes: ["sea"] });
      expect(await getRoute(db, "instc-north")).toBeNull();
      expect(await getMetric(db, "russia_iran_trade_turnover")).toMatchObject({ unit: "USD bn", category: "trade", figureCount: 23 });
      expect(factsWhere({ metric: "russia_iran_trade_turnover" })).toHaveLength(23);
      expect(await getMetric(db, "nope")).toBeNull();
    });

    it("counts every figure under its metric", async () => {
      const metrics = await getMetrics(db);
      expect(metrics).toHaveLength(seedMetrics.length);
      expect(metrics.reduce((sum, metric) => sum + metric.figureCount, 0)).toBe(seedFacts.length);
      for (const metric of metrics) expect(metric.figureCount, metric.slug).toBe(factsWhere({ metric: metric.slug }).length);
    });

    it("names unknown filter slugs and accepts known ones", async () => {
      expect(await unknownFilterSlugs(db, { route: "instc-west", metric: "transit_time" })).toEqual([]);
      expect(await unknownFilterSlugs(db, { route: "instc-north", metric: "nope" })).toHaveLength(2);
    });
  });

  describe("getLookalikes", () => {
    it("warns both ways: the metric that names a look-alike says how they differ, the other gives the definition", async () => {
      const transit = await getLookalikes(db, "azerbaijan_instc_transit");
      expect(transit.map((lookalike) => [lookalike.slug, lookalike.difference !== null])).toEqual([
        ["azerbaijan_corridor_cargo", true],
        ["azerbaijan_rail_transit", true],
        ["astara_terminal_throughput", true],
        // instc_total_cargo names this one.
        ["instc_total_cargo", false],
      ]);
      expect(transit[0]!.difference).toContain("State Statistics Committee");
      const cargo = await getLookalikes(db, "azerbaijan_corridor_cargo");
      expect(cargo.map((lookalike) => lookalike.slug).sort()).toEqual(["azerbaijan_instc_transit", "azerbaijan_total_transit"]);
      expect(cargo.find((lookalike) => lookalike.slug === "azerbaijan_instc_transit")).toMatchObject({
        difference: null,
        description: "Cargo carried through Azerbaijan on the North–South corridor (INSTC western route).",
      });
      expect(await getLookalikes(db, "russia_india_trade_growth")).toEqual([]);
      expect(await getLookalikes(db, "no_such_metric")).toEqual([]);
    });

    it("leaves out a look-alike that no longer exists", async () => {
      const metric = await db.prisma.metric.create({
        data: {
          slug: "short_lived",
          name: "Short-lived",
          unit: "days",
          category: "route",
          description: "Made by a test.",
          lookalikes: "transit_time: made by a test",
        },
      });
      try {
        expect((await getLookalikes(db, "transit_time")).map((lookalike) => lookalike.slug)).toContain("short_lived");
      } finally {
        await db.prisma.metric.delete({ where: { id: metric.id } });
      }
      expect((await getLookalikes(db, "transit_time")).map((lookalike) => lookalike.slug)).not.toContain("short_lived");
    });
  });

  describe("getLatestFigureOfEachMetric", () => {
    it("gives every metric with figures its latest dated figure, an undated one only where none is dated", async () => {
      const latest = await getLatestFigureOfEachMetric(db);
      const all = await getFigures(db, {});
      const metrics = new Set(all.map((figure) => figure.metric.slug));
      expect([...latest.keys()].sort()).toEqual([...metrics].sort());
      for (const slug of metrics) {
        const own = all.filter((figure) => figure.metric.slug === slug);
        const ends = own
          .map((figure) => figure.periodEnd)
          .filter((end): end is string => end !== null)
          .sort();
        expect(latest.get(slug)!.periodEnd, slug).toBe(ends.at(-1) ?? null);
      }
      // Late 2025 (ends 31 December) is later than "Dec 2025" (12 December): Report.az's 95 km.
      expect(latest.get("rasht_astara_land_acquired")).toMatchObject({
        value: "95",
        periodLabel: "late 2025",
        source: { publisher: "Report.az" },
      });
    });
  });

  describe("getRouteComparison", () => {
    it("gives every route a row on every measure, INSTC branches first", async () => {
      const comparisons = await getRouteComparison(db);
      expect(comparisons.map((comparison) => comparison.measure)).toEqual(["distance", "transit_time", "freight_cost", "volume"]);
      for (const comparison of comparisons) {
        expect(comparison.rows).toHaveLength(seedRoutes.length);
        const kinds = comparison.rows.map((row) => row.route.kind);
        expect(kinds.lastIndexOf("instc")).toBeLessThan(kinds.indexOf("alternative"));
      }
    });

    it("shows the eastern branch's 15–18 days as one range claim, not two values", async () => {
      const transit = (await getRouteComparison(db)).find((comparison) => comparison.measure === "transit_time")!;
      const east = transit.rows.find((row) => row.route.slug === "instc-east")!;
      expect(east.value).toMatchObject({
        low: "15",
        high: "18",
        plotLow: 15,
        plotHigh: 18,
        unit: "days",
        statuses: ["claim"],
        periodLabels: [],
      });
      expect(east.value!.figureIds).toHaveLength(2);
      expect(east.value!.sources).toEqual([
        expect.objectContaining({
          publisher: "Valdai Club",
          title: "Russia and Middle East need International North–South Transport Corridor",
        }),
      ]);
      // Suez: the 17 undated Russia–India claims (Induqin's 45 and 60 among them) as one 16–60 range.
      const suez = transit.rows.find((row) => row.route.slug === "suez")!;
      expect(suez.value).toMatchObject({ low: "16", high: "60", plotLow: 16, plotHigh: 60, statuses: ["claim"] });
      expect(suez.value!.figureIds).toHaveLength(17);
      expect(suez.value!.sources).toContainEqual(expect.objectContaining({ publisher: "Induqin", title: "INSTC pilot shipment" }));
      // The 2022 pilot shipment is on the Caspian branch now: its dated figures (24 and 25 days) win over the undated claims.
      const caspian = transit.rows.find((row) => row.route.slug === "instc-caspian")!;
      expect(caspian.value).toMatchObject({
        low: "24",
        high: "25",
        statuses: ["forecast", "reported"],
        periodLabels: ["2022 pilot shipment"],
      });
      expect(caspian.value!.sources).toContainEqual(expect.objectContaining({ publisher: "Induqin", title: "INSTC pilot shipment" }));
      expect(caspian.value!.figureIds).toHaveLength(3);
      const west = transit.rows.find((row) => row.route.slug === "instc-west")!;
      expect(west.value).toMatchObject({ low: "19", high: "32", statuses: ["claim"], periodLabels: [] });
      expect(west.value!.sources.map((source) => source.publisher)).not.toContain("Induqin");
    });

    it("leaves a route without figures as null (no data), never zero", async () => {
      const noDataLast = (comparisons: Awaited<ReturnType<typeof getRouteComparison>>) => {
        for (const comparison of comparisons) {
          // "No data" rows come after the routes with a value within their group.
          for (const kind of ["instc", "alternative"]) {
            const group = comparison.rows.filter((row) => row.route.kind === kind);
            const firstEmpty = group.findIndex((row) => row.value === null);
            if (firstEmpty >= 0)
              expect(
                group.slice(firstEmpty).every((row) => row.value === null),
                `${comparison.measure} ${kind}`,
              ).toBe(true);
          }
        }
      };
      const rowOf = (comparisons: Awaited<ReturnType<typeof getRouteComparison>>, measure: string, route: string) =>
        comparisons.find((comparison) => comparison.measure === measure)!.rows.find((row) => row.route.slug === route)!;
      const seeded = await getRouteComparison(db);
      noDataLast(seeded);
      // The eastern branch has no route_length or freight_cost figure at all; no volume metric covers three sea routes.
      expect(factsWhere({ route: "instc-east", metric: "route_length" })).toEqual([]);
      expect(factsWhere({ route: "instc-east", metric: "freight_cost" })).toEqual([]);
      for (const measure of ["distance", "freight_cost"]) expect(rowOf(seeded, measure, "instc-east").value, measure).toBeNull();
      for (const route of ["suez", "cape-of-good-hope", "chennai-vladivostok"])
        expect(rowOf(seeded, "volume", route).value, route).toBeNull();
      // A route that has a figure, but not a Russia–India one, is no data too, with the figure named as not comparable.
      expect(rowOf(seeded, "transit_time", "cape-of-good-hope")).toMatchObject({ value: null, unlike: ["Shanghai–Rotterdam"] });
      // A branch with no figures at all: null on every measure, after every branch with a value.
      await withEmptyRoute("instc", async (slug) => {
        const comparisons = await getRouteComparison(db);
        noDataLast(comparisons);
        for (const comparison of comparisons) {
          expect(comparison.rows, comparison.measure).toHaveLength(seedRoutes.length + 1);
          expect(rowOf(comparisons, comparison.measure, slug), comparison.measure).toMatchObject({ value: null, unlike: [] });
        }
      });
    });

    it("converts cargo in tonnes to million tonnes exactly: 814,000 t is 0.814", async () => {
      const volume = (await getRouteComparison(db)).find((comparison) => comparison.measure === "volume")!;
      expect(volume.unit).toBe("million tonnes");
      // The latest period wins: on the western branch, the North–South corridor's Jan–Sep 2025 (6.7 Mt) over its
      // Jan–Sep 2024 (7) and H1 2025 (4.69), and over the 814,000 t of Azerbaijan's INSTC transit in 2024.
      expect(volume.rows.find((row) => row.route.slug === "instc-west")!.value).toMatchObject({
        low: "6.7",
        high: "6.7",
        periodLabels: ["Jan–Sep 2025"],
        metricNames: ["Cargo on Azerbaijan's transport corridors"],
      });
      // No seeded tonnes figure is any route's latest any more: the real 814,000 t row, on a route of its own beside an
      // earlier million-tonnes figure (the Middle Corridor's Jan–Nov 2024, 4.1), is the latest and is converted.
      const [tonnes] = factsWhere({ metric: "azerbaijan_instc_transit", route: "instc-west", source_publisher: "Caliber.az (ADY data)" });
      expect(tonnes).toMatchObject({
        value: "814000",
        unit: "tonnes",
        period_start: "2024-01-01",
        period_end: "2024-12-31",
        period_label: "2024",
      });
      await withEmptyRoute("alternative", async (slug) => {
        const metricId = async (metric: string) => (await db.prisma.metric.findUniqueOrThrow({ where: { slug: metric } })).id;
        const routeId = (await db.prisma.route.findUniqueOrThrow({ where: { slug } })).id;
        const figure = (metric: number, value: string, start: string, end: string, label: string) => ({
          metricId: metric,
          routeId,
          subject: "Test",
          value,
          status: "reported" as const,
          periodLabel: label,
          periodStart: new Date(`${start}T00:00:00Z`),
          periodEnd: new Date(`${end}T00:00:00Z`),
          sourcePublisher: "Test",
          sourceTitle: "Test",
        });
        await db.prisma.figure.createMany({
          data: [
            figure(
              await metricId("azerbaijan_instc_transit"),
              tonnes!.value!,
              tonnes!.period_start!,
              tonnes!.period_end!,
              tonnes!.period_label!,
            ),
            figure(await metricId("middle_corridor_cargo"), "4.1", "2024-01-01", "2024-11-30", "Jan–Nov 2024"),
          ],
        });
        const converted = (await getRouteComparison(db)).find((comparison) => comparison.measure === "volume")!;
        expect(converted.rows.find((row) => row.route.slug === slug)!.value).toMatchObject({
          low: "0.814",
          high: "0.814",
          plotLow: 0.814,
          unit: "million tonnes",
          periodLabels: ["2024"],
        });
      });
    });

    it("draws only carried cargo as a volume: the Middle Corridor's 2030 target is not its latest figure", async () => {
      const volume = (await getRouteComparison(db)).find((comparison) => comparison.measure === "volume")!;
      const statuses = volume.rows.flatMap((row) => row.value?.statuses ?? []);
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.filter((status) => status === "forecast" || status === "plan")).toEqual([]);
      const middle = volume.rows.find((row) => row.route.slug === "middle-corridor")!.value!;
      expect(middle.periodLabels.join(" ")).not.toMatch(/2030/);
    });

    it("compares like with like: no Russia–India measure draws a figure between other ends", async () => {
      const comparisons = await getRouteComparison(db);
      for (const comparison of comparisons.filter((candidate) => candidate.measure !== "volume")) {
        const ids = comparison.rows.flatMap((row) => row.value?.figureIds ?? []);
        const drawn = await getFigures(db, {});
        const subjects = drawn.filter((figure) => ids.includes(figure.id)).map((figure) => figure.subject);
        expect(subjects.length, comparison.measure).toBeGreaterThan(0);
        expect(
          subjects.filter((subject) => !isRussiaIndia(subject)),
          comparison.measure,
        ).toEqual([]);
      }
      const transit = comparisons.find((comparison) => comparison.measure === "transit_time")!;
      expect(transit.rows.find((row) => row.route.slug === "middle-corridor")).toMatchObject({
        value: null,
        unlike: expect.arrayContaining(["China–Europe"]),
      });
    });

    it("keeps the digits the sources gave for distance and cost", async () => {
      const [distance, , cost] = await getRouteComparison(db);
      expect(distance!.rows.find((row) => row.route.slug === "instc-west")!.value).toMatchObject({ low: "7200", statuses: ["claim"] });
      expect(distance!.rows.find((row) => row.route.slug === "suez")!.value).toMatchObject({ low: "14500", high: "16066", unit: "km" });
      expect(cost!.rows.find((row) => row.route.slug === "suez")!.value).toMatchObject({ low: "3133", high: "4900", unit: "USD per TEU" });
      expect(cost!.rows.find((row) => row.route.slug === "instc-caspian")!.value).toMatchObject({ low: "5765", high: "5765" });
    });
  });

  describe("getFigures", () => {
    it("returns every seeded figure with no filter", () => {
      expect(all).toHaveLength(seedFacts.length);
      expect(new Set(all.map((figure) => figure.id)).size).toBe(seedFacts.length);
    });

    it("filters by metric, keeping the exact values", async () => {
      const turnover = await getFigures(db, { metric: "russia_iran_trade_turnover" });
      expect(turnover.map((figure) => figure.value).sort()).toEqual(
        factsWhere({ metric: "russia_iran_trade_turnover" })
          .map((fact) => fact.value)
          .sort(),
      );
      // As printed: bne IntelliNews's 2023 "4.0" and Vasti Press's 2021 "4" are different texts.
      expect(turnover.map((figure) => figure.value)).toEqual(expect.arrayContaining(["4.0", "4", "4.03"]));
      expect(turnover.every((figure) => figure.metric.unit === "USD bn")).toBe(true);
    });

    it("filters by route", async () => {
      for (const { slug } of seedRoutes) {
        const figures = await getFigures(db, { route: slug });
        expect(
          figures.every((figure) => figure.route?.slug === slug),
          slug,
        ).toBe(true);
        expect(figures.map((figure) => figure.metric.slug).sort(), slug).toEqual(
          factsWhere({ route: slug! })
            .map((fact) => fact.metric)
            .sort(),
        );
      }
      await withEmptyRoute("instc", async (slug) => expect(await getFigures(db, { route: slug })).toEqual([]));
    });

    it("filters by status", async () => {
      const claims = await getFigures(db, { status: "claim" });
      expect(claims).toHaveLength(factsWhere({ status: "claim" }).length);
      expect(claims.every((figure) => figure.status === "claim")).toBe(true);
      expect((await getFigures(db, { status: "forecast" })).map((figure) => figure.value).sort()).toEqual(
        factsWhere({ status: "forecast" })
          .map((fact) => fact.value)
          .sort(),
      );
    });

    it("keeps figures whose period overlaps [from, to], not only those inside it", async () => {
      const march2024 = await getFigures(db, { from: "2024-03-01", to: "2024-03-31" });
      expect(march2024.map((figure) => figure.id).sort()).toEqual(
        all
          .filter((f) => overlaps(f, "2024-03-01", "2024-03-31"))
          .map((f) => f.id)
          .sort(),
      );
      const labels = march2024.map((figure) => figure.periodLabel);
      expect(labels).toContain("Jan–Apr 2024 vs Jan–Apr 2023");
      expect(labels).toContain("Jan–Sep 2024");
      expect(labels).not.toContain("Jan–Feb 2024 vs Jan–Feb 2023");
    });

    it("leaves undated figures out of a period-filtered list", async () => {
      const undated = all.filter((figure) => figure.periodStart === null && figure.periodEnd === null);
      expect(undated.length).toBeGreaterThan(0);
      const filtered = [...(await getFigures(db, { from: "1900-01-01" })), ...(await getFigures(db, { to: "2100-12-31" }))];
      expect(filtered.some((figure) => figure.periodStart === null && figure.periodEnd === null)).toBe(false);
    });

    it("treats from and to on their own as open-ended", async () => {
      const since2024 = await getFigures(db, { from: "2024-01-01" });
      expect(since2024.map((f) => f.id).sort()).toEqual(
        all
          .filter((f) => overlaps(f, "2024-01-01", "9999-12-31"))
          .map((f) => f.id)
          .sort(),
      );
      // The land-acquisition figure has only an end (late 2025): it overlaps any period reaching 2025.
      expect(since2024.map((f) => f.metric.slug)).toContain("rasht_astara_land_acquired");
    });

    it("combines filters with AND", async () => {
      const figures = await getFigures(db, { metric: "transit_time", route: "suez", status: "claim" });
      expect(figures.map((figure) => figure.value).sort()).toEqual(
        factsWhere({ metric: "transit_time", route: "suez", status: "claim" })
          .map((fact) => fact.value)
          .sort(),
      );
      expect(figures).toHaveLength(18);
      expect(await getFigures(db, { metric: "transit_time", route: "suez", status: "reported" })).toEqual([]);
      // The Caspian branch's reported transit times: the 2022 pilot shipment as Induqin (25) and IRISL (24) give it.
      const caspian = await getFigures(db, { metric: "transit_time", route: "instc-caspian", status: "reported" });
      expect(caspian.map((figure) => [figure.value, figure.source.publisher]).sort()).toEqual([
        ["24", "Meat Commerce (citing IRISL)"],
        ["25", "Induqin"],
      ]);
    });
  });

  describe("getFiguresPage and countFiguresByRoute", () => {
    it("pages the list in its order, with the selection's total; a page past the end is empty", async () => {
      const total = seedFacts.length;
      const lastPage = Math.ceil(total / 10);
      const first = await getFiguresPage(db, {}, 1, 10);
      const last = await getFiguresPage(db, {}, lastPage, 10);
      expect(first).toMatchObject({ total, page: 1, pageSize: 10 });
      expect(first.figures.map((figure) => figure.id)).toEqual(all.slice(0, 10).map((figure) => figure.id));
      expect(last.figures.map((figure) => figure.id)).toEqual(all.slice((lastPage - 1) * 10).map((figure) => figure.id));
      expect(last.figures.length).toBe(total - (lastPage - 1) * 10);
      expect(await getFiguresPage(db, {}, lastPage + 1, 10)).toMatchObject({ figures: [], total });
      const suezTotal = factsWhere({ route: "suez" }).length;
      expect(suezTotal).toBeGreaterThan(100);
      const suez = await getFiguresPage(db, { route: "suez" }, 1, 100);
      expect(suez.total).toBe(suezTotal);
      expect(suez.figures).toHaveLength(100);
      expect((await getFiguresPage(db, { route: "suez" }, Math.ceil(suezTotal / 100), 100)).figures).toHaveLength(suezTotal % 100 || 100);
    });

    it("counts each route's figures in SQL, as the list would", async () => {
      const counts = await countFiguresByRoute(db);
      for (const { slug } of seedRoutes) {
        expect(counts.get(slug!), slug).toBe(all.filter((figure) => figure.route?.slug === slug).length);
        expect(counts.get(slug!), slug).toBe(factsWhere({ route: slug! }).length);
      }
      await withEmptyRoute("alternative", async (slug) => expect((await countFiguresByRoute(db)).has(slug)).toBe(false));
    });
  });

  describe("getTrend", () => {
    it("draws Russia–Iran turnover as full years plus a separate series for each kind of part-year", async () => {
      const trend = await getTrend(db, "russia_iran_trade_turnover");
      expect(trend).not.toBeNull();
      expect(trend!.metric.slug).toBe("russia_iran_trade_turnover");
      expect(trend!.undated).toEqual([]);
      expect(trend!.series.map((series) => [series.label, series.points.map((point) => point.valueText)])).toEqual([
        ["Full year", ["2.18", "1.74", "2", "1.5", "2.22", "4", "4.03", "4.6", "4.9", "5", "4.0", "5", "4.8", "5"]],
        // With the figures printed in USD m (737 and 945 USD m for H1 2017 and 2018), drawn in USD bn.
        ["First half (H1)", ["0.737", "0.945", "1.6", "2.7"]],
        ["Months", ["0.1551"]],
        ["Jan–May", ["0.855"]],
        ["Jan–Aug", ["3.3"]],
        ["Jan–Sep", ["1.589", "3.3"]],
        ["Jan–Nov", ["3.76"]],
        // The Iranian-year part-periods (IRICA data), 21 March to the 22nd, 21st, 21st of a later month.
        ["Iranian year, first 5 months", ["1"]],
        ["Iranian year, first 8 months", ["1.756"]],
        ["Iranian year, first 9 months", ["1.656"]],
      ]);
      const points = trend!.series.flatMap((series) => series.points);
      expect(trend!.sisters.map((sister) => sister.slug)).toEqual(["russia_iran_trade_turnover_usd_m"]);
      expect(points).toHaveLength(
        factsWhere({ metric: "russia_iran_trade_turnover" }).length + factsWhere({ metric: "russia_iran_trade_turnover_usd_m" }).length,
      );
      expect(points.find((point) => point.valueText === "0.737")?.printed).toEqual({ valueText: "737", unit: "USD m" });
    });

    it("marks the three 2022 points as disagreeing, each with its own source, and only points whose period another value shares", async () => {
      const trend = (await getTrend(db, "russia_iran_trade_turnover"))!;
      const points = trend.series.flatMap((series) => series.points);
      const y2022 = points.filter((point) => point.periodStart === "2022-01-01" && point.periodEnd === "2022-12-31");
      expect(y2022.map((point) => [point.valueText, point.disagrees, point.source.publisher])).toEqual([
        ["4.6", true, "UrduPoint (quoting Vyacheslav Volodin)"],
        ["4.9", true, "bne IntelliNews"],
        ["5", true, "Prime"],
      ]);
      // Full years 2020–2023 each have two or three values; 2016, 2018, 2019, 2024, 2026 and the part-years one each.
      expect(points.filter((point) => point.disagrees).map((point) => [point.periodStart.slice(0, 4), point.valueText])).toEqual([
        ["2020", "1.5"],
        ["2020", "2.22"],
        ["2021", "4"],
        ["2021", "4.03"],
        ["2022", "4.6"],
        ["2022", "4.9"],
        ["2022", "5"],
        ["2023", "4.0"],
        ["2023", "5"],
      ]);
    });

    it("lists undated figures apart and filters by route", async () => {
      const length = (await getTrend(db, "rasht_astara_length", { route: "instc-west" }))!;
      expect(length.series).toEqual([]);
      // Islam Times 162, Trend 163, Report.az 164 (facts-from-notes.csv), TASS 170.
      expect(length.undated.map((figure) => figure.value).sort()).toEqual(["162", "163", "164", "170"]);
      // No event is linked to the railway's length: the route's sixteen events are its timeline's, not this chart's.
      expect(length.events).toEqual([]);
    });

    it("annotates a chart with the events linked to its metric only: the Red Sea attacks on Suez transits, not on Russia–India trade", async () => {
      const suez = (await getTrend(db, "suez_transits"))!;
      const redSea = seedEvents
        .filter((event) => event.route === "suez")
        .map((event) => event.title)
        .sort();
      expect(redSea).toHaveLength(9);
      expect(suez.events.map((event) => event.title).sort()).toEqual(redSea);
      expect(suez.events.every((event) => event.metrics.includes("suez_transits"))).toBe(true);

      const russiaIndia = (await getTrend(db, "russia_india_trade_turnover"))!;
      expect(russiaIndia.series.length).toBeGreaterThan(0);
      expect(russiaIndia.events.map((event) => event.title)).toEqual([
        "India and Russia start settling bilateral trade in rupees through vostro accounts",
      ]);
      expect(russiaIndia.events.some((event) => event.route?.slug === "suez")).toBe(false);
    });

    it("on a route's chart, draws the metric's events of that route or of no single route", async () => {
      const railway = seedEvents
        .filter((event) => event.title!.includes("Rasht–Astara"))
        .map((event) => event.title)
        .sort();
      expect(railway).toHaveLength(10);
      const cost = (await getTrend(db, "rasht_astara_cost", { route: "instc-west" }))!;
      expect(cost.events.map((event) => event.title).sort()).toEqual(railway);
      expect(cost.events.every((event) => event.route?.slug === "instc-west")).toBe(true);
      // The EAEU–Iran trade agreements and the treaty belong to no single route: on every route's chart of the metric.
      const turnover = (await getTrend(db, "russia_iran_trade_turnover", { route: "instc-east" }))!;
      expect(turnover.events).toHaveLength(11);
      expect(turnover.events.every((event) => event.route === null)).toBe(true);
      expect((await getTrend(db, "suez_transits", { route: "middle-corridor" }))!.events).toEqual([]);
    });

    it("is null for an unknown metric", async () => {
      expect(await getTrend(db, "nope")).toBeNull();
    });
  });

  describe("route and metric facets in SQL", () => {
    it("finds the same disagreements from the SQL candidates as from every figure, for every metric", async () => {
      const metrics = [...new Set(all.map((figure) => figure.metric.slug))];
      let found = 0;
      for (const metric of metrics) {
        const fromAll = findDisagreements(all.filter((figure) => figure.metric.slug === metric));
        const fromCandidates = findDisagreements(await getDisagreementCandidates(db, metric));
        const ids = (disagreements: typeof fromAll) =>
          disagreements.map((d) => d.figures.map((figure) => figure.id).sort((a, b) => a - b)).sort();
        expect(ids(fromCandidates), metric).toEqual(ids(fromAll));
        found += fromAll.length;
      }
      // The seed has some (the 2022 turnover, the Rasht–Astara length): the comparison is not of two empty lists.
      expect(found).toBeGreaterThanOrEqual(2);
    });

    it("names every metric a route has figures for, counting those with a period", async () => {
      for (const { slug: route } of seedRoutes) {
        const onRoute = all.filter((f) => f.route?.slug === route);
        const expected = [...new Set(onRoute.map((f) => f.metric.slug))].sort().map((slug) => {
          const figures = onRoute.filter((f) => f.metric.slug === slug);
          return { slug, figures: figures.length, dated: figures.filter((f) => f.periodStart && f.periodEnd).length };
        });
        expect(
          (await getRouteMetrics(db, route!)).map(({ slug, figures, dated }) => ({ slug, figures, dated })),
          route,
        ).toEqual(expected);
      }
      // The Caspian branch's dated figures: the pilot shipment's transit time, sea cargo and port throughput.
      const caspian = await getRouteMetrics(db, "instc-caspian");
      expect(caspian.filter((metric) => metric.dated > 0).map((metric) => metric.slug)).toEqual([
        "instc_sea_cargo",
        "port_throughput",
        "transit_time",
      ]);
      expect(caspian.some((metric) => metric.dated === 0)).toBe(true);
      await withEmptyRoute("instc", async (slug) => expect(await getRouteMetrics(db, slug)).toEqual([]));
    });
  });

  describe("getSourcesPage and the source filter", () => {
    it("pages the sources in the order of the full list, each with its counts and first figures and events", async () => {
      const whole = await getSources(db);
      const first = await getSourcesPage(db, 1, 5, 2);
      const second = await getSourcesPage(db, 2, 5, 2);
      expect(first.totals).toEqual({ sources: whole.length, figures: seedFacts.length, events: seedEvents.length });
      const key = (source: { publisher: string; title: string; url: string | null; date: string | null }) =>
        `${source.publisher}|${source.title}|${source.url}|${source.date}`;
      expect([...first.sources, ...second.sources].map(key)).toEqual(whole.slice(0, 10).map(key));
      for (const source of [...first.sources, ...second.sources]) {
        const full = whole.find((candidate) => key(candidate) === key(source))!;
        expect(source.figureCount).toBe(full.figures.length);
        expect(source.eventCount).toBe(full.events.length);
        expect(source.figures).toEqual(full.figures.slice(0, 2));
        expect(source.events.map((event) => event.id)).toEqual(full.events.slice(0, 2).map((event) => event.id));
      }
      const past = await getSourcesPage(db, 1000, 5, 2);
      expect(past).toMatchObject({ sources: [], totals: first.totals });
    });

    it("filters figures by the publisher they cite", async () => {
      const cepa = all.filter((figure) => figure.source.publisher === "CEPA (Europe's Edge)");
      expect(cepa.length).toBeGreaterThan(0);
      expect((await getFigures(db, { source: "CEPA (Europe's Edge)" })).map((figure) => figure.id).sort()).toEqual(
        cepa.map((figure) => figure.id).sort(),
      );
      expect(await getFigures(db, { source: "Nobody" })).toEqual([]);
    });
  });

  describe("getSources", () => {
    it("lists every figure under exactly one source", async () => {
      const sources = await getSources(db);
      const ids = sources.flatMap((source) => source.figures.map((figure) => figure.id));
      expect(ids).toHaveLength(seedFacts.length);
      expect([...ids].sort((a, b) => a - b)).toEqual(all.map((figure) => figure.id).sort((a, b) => a - b));
    });

    it("lists every event under exactly one source", async () => {
      const ids = (await getSources(db)).flatMap((source) => source.events.map((event) => event.id));
      expect(ids).toHaveLength(seedEvents.length);
      expect(new Set(ids).size).toBe(seedEvents.length);
    });

    it("attributes each figure to the source it cites, with its exact value", async () => {
      const sources = await getSources(db);
      for (const figure of all) {
        const [source, ...others] = sources.filter((candidate) => candidate.figures.some((entry) => entry.id === figure.id));
        expect(others).toEqual([]);
        expect([source!.publisher, source!.title, source!.url]).toEqual([figure.source.publisher, figure.source.title, figure.source.url]);
        expect(source!.figures.find((entry) => entry.id === figure.id)).toMatchObject({
          metric: figure.metric.slug,
          value: figure.value,
          unit: figure.metric.unit,
          periodLabel: figure.periodLabel,
        });
      }
    });

    it("keeps the two 2022 turnover sources apart", async () => {
      const sources = await getSources(db);
      const citing = (value: string) =>
        sources.filter((source) =>
          source.figures.some((figure) => figure.metric === "russia_iran_trade_turnover" && figure.value === value),
        );
      expect(citing("4.6").map((source) => source.publisher)).toEqual(["UrduPoint (quoting Vyacheslav Volodin)"]);
      expect(citing("4.9").map((source) => [source.publisher, source.date])).toEqual([["bne IntelliNews", null]]);
    });
  });

  describe("getEvents", () => {
    it("lists every event in date order", async () => {
      const events = await getEvents(db);
      expect(events).toHaveLength(seedEvents.length);
      const dates = events.map((event) => event.date);
      expect(dates).toEqual([...dates].sort());
    });

    it("lists only one route's events when asked", async () => {
      const west = await getEvents(db, { route: "instc-west" });
      expect(west.map((event) => [event.date, event.datePrecision, event.status])).toEqual([
        ["2016-11-25", "day", "happened"],
        ["2018-02-01", "month", "happened"],
        ["2022-09-09", "day", "happened"],
        ["2023-01-09", "day", "happened"],
        ["2023-05-17", "day", "happened"],
        ["2024-05-15", "day", "happened"],
        ["2024-12-01", "month", "happened"],
        ["2025-01-17", "day", "happened"],
        ["2025-02-01", "month", "happened"],
        ["2025-03-31", "month", "planned"],
        ["2025-04-16", "day", "happened"],
        ["2026-03-15", "month", "planned"],
        ["2026-03-20", "day", "planned"],
        ["2026-12-31", "year", "planned"],
        // Same date: in seed order (the railway's completion, then the 5 Mt transit guarantee).
        ["2028-01-01", "year", "planned"],
        ["2028-01-01", "day", "planned"],
      ]);
      expect(west.every((event) => event.route?.slug === "instc-west")).toBe(true);
      expect((await getEvents(db, { route: "suez" })).map((event) => event.route?.slug)).toEqual(Array(9).fill("suez"));
      // The Cape route has figures but no events.
      expect(seedEvents.filter((event) => event.route === "cape-of-good-hope")).toEqual([]);
      expect(await getEvents(db, { route: "cape-of-good-hope" })).toEqual([]);
    });

    it("gives each event the slugs of its metrics, sorted, and lists those of any of some metrics when asked", async () => {
      const events = await getEvents(db);
      const rupee = events.find((event) => event.title.startsWith("India and Russia start settling"))!;
      expect(rupee.metrics).toEqual(["india_exports_to_russia", "india_imports_from_russia", "russia_india_trade_turnover"]);
      expect(events.filter((event) => event.metrics.length === 0)).toHaveLength(7);
      const east = await getEvents(db, { metrics: ["instc_east_cargo", "russia_iran_national_currency_share"] });
      expect(east).toHaveLength(5 + 3);
      expect(
        east.every((event) => event.metrics.includes("instc_east_cargo") || event.metrics.includes("russia_iran_national_currency_share")),
      ).toBe(true);
      expect(await getEvents(db, { metrics: [] })).toEqual([]);
      expect(await getEvents(db, { metrics: ["rasht_astara_length"] })).toEqual([]);
    });
  });
});
