import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRouteComparison } from "@/lib/data/comparison/get-route-comparison";
import { getEvents } from "@/lib/data/events/get-events";
import { getFigures } from "@/lib/data/figures/get-figures";
import { getChartedMetrics, getDisagreementCandidates } from "@/lib/data/figures/get-figure-facets";
import { getFiguresPage } from "@/lib/data/figures/get-figures-page";
import { findDisagreements } from "@/lib/dashboard/find-disagreements";
import { getTrend } from "@/lib/data/figures/get-trend";
import { unknownFilterSlugs } from "@/lib/data/figures/validate-filter-slugs";
import { getMetric, getMetrics } from "@/lib/data/metrics/get-metrics";
import { countFiguresByRoute, getRoute, getRoutes } from "@/lib/data/routes/get-routes";
import { getSources } from "@/lib/data/sources/get-sources";
import { getSourcesPage } from "@/lib/data/sources/get-sources-page";
import type { FigureView } from "@/lib/data/types";
import type { Database } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrations";
import { readSeedData, seedDatabase } from "@/lib/seed/seed-database";
import { databaseKinds, openTestDatabase, type TestDatabase } from "./test-databases";

// The queries the dashboard pages call, against both databases the app supports. The data layer opens its
// database through lib/db, which keeps one per process on globalThis; each block puts its own seeded test
// database there, so the functions run exactly as the pages call them.
const globalForDb = globalThis as typeof globalThis & { corridorWatchDb?: Promise<Database> };

const overlaps = (figure: FigureView, from: string, to: string) =>
  (figure.periodEnd ?? figure.periodStart) !== null &&
  (figure.periodEnd ?? figure.periodStart)! >= from &&
  (figure.periodStart ?? figure.periodEnd)! <= to;

describe.each(databaseKinds)("dashboard queries on the %s database", (kind) => {
  let db: TestDatabase;
  let all: FigureView[];

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.migrationAdapter());
    await seedDatabase(db.prisma, await readSeedData());
    globalForDb.corridorWatchDb = Promise.resolve(db);
    all = await getFigures();
  });

  afterAll(async () => {
    globalForDb.corridorWatchDb = undefined;
    await db?.dispose();
  });

  describe("routes and metrics", () => {
    it("lists the INSTC branches first, then the alternatives, in seed order", async () => {
      expect((await getRoutes()).map((route) => [route.kind, route.slug])).toEqual([
        ["instc", "instc-west"],
        ["instc", "instc-caspian"],
        ["instc", "instc-east"],
        ["alternative", "suez"],
        ["alternative", "middle-corridor"],
      ]);
    });

    it("finds a route or metric by slug, and null for an unknown one", async () => {
      expect(await getRoute("suez")).toMatchObject({ name: "Suez Canal sea route", kind: "alternative", modes: ["sea"] });
      expect(await getRoute("instc-north")).toBeNull();
      expect(await getMetric("russia_iran_trade_turnover")).toMatchObject({ unit: "USD bn", category: "trade", figureCount: 6 });
      expect(await getMetric("nope")).toBeNull();
    });

    it("counts every figure under its metric", async () => {
      const metrics = await getMetrics();
      expect(metrics).toHaveLength(20);
      expect(metrics.reduce((sum, metric) => sum + metric.figureCount, 0)).toBe(38);
    });

    it("names unknown filter slugs and accepts known ones", async () => {
      expect(await unknownFilterSlugs({ route: "instc-west", metric: "transit_time" })).toEqual([]);
      expect(await unknownFilterSlugs({ route: "instc-north", metric: "nope" })).toHaveLength(2);
    });
  });

  describe("getRouteComparison", () => {
    it("gives every route a row on every measure, INSTC branches first", async () => {
      const comparisons = await getRouteComparison();
      expect(comparisons.map((comparison) => comparison.measure)).toEqual(["distance", "transit_time", "freight_cost", "volume"]);
      for (const comparison of comparisons) {
        expect(comparison.rows).toHaveLength(5);
        const kinds = comparison.rows.map((row) => row.route.kind);
        expect(kinds.lastIndexOf("instc")).toBeLessThan(kinds.indexOf("alternative"));
      }
    });

    it("shows Suez's 45–60 days as one range claim, not two values", async () => {
      const transit = (await getRouteComparison()).find((comparison) => comparison.measure === "transit_time")!;
      const suez = transit.rows.find((row) => row.route.slug === "suez")!;
      expect(suez.value).toMatchObject({ low: "45", high: "60", plotLow: 45, plotHigh: 60, unit: "days", statuses: ["claim"] });
      expect(suez.value!.figureIds).toHaveLength(2);
      expect(suez.value!.sources).toEqual([expect.objectContaining({ publisher: "Induqin", title: "INSTC pilot shipment" })]);
      const west = transit.rows.find((row) => row.route.slug === "instc-west")!;
      expect(west.value).toMatchObject({ low: "25", high: "25", statuses: ["reported"], periodLabels: ["2022 pilot shipment"] });
    });

    it("leaves a route without figures as null (no data), never zero", async () => {
      for (const comparison of await getRouteComparison()) {
        const caspian = comparison.rows.find((row) => row.route.slug === "instc-caspian")!;
        expect(caspian.value, comparison.measure).toBeNull();
        // "No data" rows come after the routes with a value within their group.
        const instc = comparison.rows.filter((row) => row.route.kind === "instc");
        const firstEmpty = instc.findIndex((row) => row.value === null);
        expect(instc.slice(firstEmpty).every((row) => row.value === null)).toBe(true);
      }
    });

    it("converts cargo in tonnes to million tonnes exactly: 814,000 t is 0.814", async () => {
      const volume = (await getRouteComparison()).find((comparison) => comparison.measure === "volume")!;
      expect(volume.unit).toBe("million tonnes");
      expect(volume.rows.find((row) => row.route.slug === "instc-west")!.value).toMatchObject({
        low: "0.814",
        high: "0.814",
        periodLabels: ["2024"],
      });
      // The latest period wins: the Middle Corridor's full 2024 over its Jan–Nov figure.
      expect(volume.rows.find((row) => row.route.slug === "middle-corridor")!.value).toMatchObject({ low: "4.5", periodLabels: ["2024"] });
    });

    it("keeps the digits the sources gave for distance and cost", async () => {
      const [distance, , cost] = await getRouteComparison();
      expect(distance!.rows.find((row) => row.route.slug === "instc-west")!.value).toMatchObject({ low: "7200", statuses: ["claim"] });
      expect(cost!.rows.find((row) => row.route.slug === "suez")!.value).toMatchObject({ low: "4900", unit: "USD per TEU" });
    });
  });

  describe("getFigures", () => {
    it("returns all 38 figures with no filter", () => {
      expect(all).toHaveLength(38);
      expect(new Set(all.map((figure) => figure.id)).size).toBe(38);
    });

    it("filters by metric, keeping the exact values", async () => {
      const turnover = await getFigures({ metric: "russia_iran_trade_turnover" });
      expect(turnover.map((figure) => figure.value).sort()).toEqual(["2.22", "3.3", "4.0", "4.03", "4.6", "4.9"]);
      expect(turnover.every((figure) => figure.metric.unit === "USD bn")).toBe(true);
    });

    it("filters by route", async () => {
      const suez = await getFigures({ route: "suez" });
      expect(suez.map((figure) => figure.metric.slug).sort()).toEqual(["freight_cost", "route_length", "suez_trade_volume_change", "transit_time", "transit_time"]);
      expect(await getFigures({ route: "instc-caspian" })).toEqual([]);
      expect(await getFigures({ route: "instc-west" })).toHaveLength(all.filter((figure) => figure.route?.slug === "instc-west").length);
    });

    it("filters by status", async () => {
      const claims = await getFigures({ status: "claim" });
      expect(claims).toHaveLength(6);
      expect(claims.every((figure) => figure.status === "claim")).toBe(true);
      expect((await getFigures({ status: "forecast" })).map((figure) => figure.value)).toEqual(["17.6"]);
    });

    it("keeps figures whose period overlaps [from, to], not only those inside it", async () => {
      const march2024 = await getFigures({ from: "2024-03-01", to: "2024-03-31" });
      expect(march2024.map((figure) => figure.id).sort()).toEqual(all.filter((f) => overlaps(f, "2024-03-01", "2024-03-31")).map((f) => f.id).sort());
      const labels = march2024.map((figure) => figure.periodLabel);
      expect(labels).toContain("Jan–Apr 2024 vs Jan–Apr 2023");
      expect(labels).toContain("Jan–Sep 2024");
      expect(labels).not.toContain("Jan–Feb 2024 vs Jan–Feb 2023");
    });

    it("leaves undated figures out of a period-filtered list", async () => {
      const undated = all.filter((figure) => figure.periodStart === null && figure.periodEnd === null);
      expect(undated.length).toBeGreaterThan(0);
      const filtered = [...(await getFigures({ from: "1900-01-01" })), ...(await getFigures({ to: "2100-12-31" }))];
      expect(filtered.some((figure) => figure.periodStart === null && figure.periodEnd === null)).toBe(false);
    });

    it("treats from and to on their own as open-ended", async () => {
      const since2024 = await getFigures({ from: "2024-01-01" });
      expect(since2024.map((f) => f.id).sort()).toEqual(all.filter((f) => overlaps(f, "2024-01-01", "9999-12-31")).map((f) => f.id).sort());
      // The land-acquisition figure has only an end (late 2025): it overlaps any period reaching 2025.
      expect(since2024.map((f) => f.metric.slug)).toContain("rasht_astara_land_acquired");
    });

    it("combines filters with AND", async () => {
      const figures = await getFigures({ metric: "transit_time", route: "suez", status: "claim" });
      expect(figures.map((figure) => figure.value).sort()).toEqual(["45", "60"]);
      expect(await getFigures({ metric: "transit_time", route: "suez", status: "reported" })).toEqual([]);
    });
  });

  describe("getFiguresPage and countFiguresByRoute", () => {
    it("pages the list in its order, with the selection's total; a page past the end is empty", async () => {
      const first = await getFiguresPage({}, 1, 10);
      const fourth = await getFiguresPage({}, 4, 10);
      expect(first).toMatchObject({ total: 38, page: 1, pageSize: 10 });
      expect(first.figures.map((figure) => figure.id)).toEqual(all.slice(0, 10).map((figure) => figure.id));
      expect(fourth.figures.map((figure) => figure.id)).toEqual(all.slice(30).map((figure) => figure.id));
      expect(await getFiguresPage({}, 5, 10)).toMatchObject({ figures: [], total: 38 });
      const suez = await getFiguresPage({ route: "suez" }, 1, 100);
      expect(suez.total).toBe(5);
      expect(suez.figures).toHaveLength(5);
    });

    it("counts each route's figures in SQL, as the list would", async () => {
      const counts = await countFiguresByRoute();
      for (const route of ["instc-west", "suez", "middle-corridor", "instc-east"]) {
        expect(counts.get(route), route).toBe(all.filter((figure) => figure.route?.slug === route).length);
      }
      expect(counts.has("instc-caspian")).toBe(false);
    });
  });

  describe("getTrend", () => {
    it("draws Russia–Iran turnover as full years plus a separate Jan–Sep 2024 series", async () => {
      const trend = await getTrend("russia_iran_trade_turnover");
      expect(trend).not.toBeNull();
      expect(trend!.metric.slug).toBe("russia_iran_trade_turnover");
      expect(trend!.undated).toEqual([]);
      expect(trend!.series.map((series) => [series.label, series.points.map((point) => point.valueText)])).toEqual([
        ["Full year", ["2.22", "4.03", "4.6", "4.9", "4.0"]],
        ["Jan–Sep", ["3.3"]],
      ]);
    });

    it("marks both 2022 points as disagreeing, each with its own source, and no other point", async () => {
      const trend = (await getTrend("russia_iran_trade_turnover"))!;
      const points = trend.series.flatMap((series) => series.points);
      const y2022 = points.filter((point) => point.periodStart === "2022-01-01" && point.periodEnd === "2022-12-31");
      expect(y2022.map((point) => [point.valueText, point.disagrees, point.source.publisher])).toEqual([
        ["4.6", true, "UrduPoint (quoting Vyacheslav Volodin)"],
        ["4.9", true, "bne IntelliNews"],
      ]);
      expect(points.filter((point) => point.disagrees)).toHaveLength(2);
    });

    it("lists undated figures apart and filters by route", async () => {
      const length = (await getTrend("rasht_astara_length", { route: "instc-west" }))!;
      expect(length.series).toEqual([]);
      expect(length.undated.map((figure) => figure.value).sort()).toEqual(["162", "164", "170"]);
      expect(length.events.every((event) => event.route?.slug === "instc-west")).toBe(true);
    });

    it("is null for an unknown metric", async () => {
      expect(await getTrend("nope")).toBeNull();
    });
  });

  describe("route and metric facets in SQL", () => {
    it("finds the same disagreements from the SQL candidates as from every figure, for every metric", async () => {
      const metrics = [...new Set(all.map((figure) => figure.metric.slug))];
      let found = 0;
      for (const metric of metrics) {
        const fromAll = findDisagreements(all.filter((figure) => figure.metric.slug === metric));
        const fromCandidates = findDisagreements(await getDisagreementCandidates(metric));
        const ids = (disagreements: typeof fromAll) => disagreements.map((d) => d.figures.map((figure) => figure.id).sort((a, b) => a - b)).sort();
        expect(ids(fromCandidates), metric).toEqual(ids(fromAll));
        found += fromAll.length;
      }
      // The seed has some (the 2022 turnover, the Rasht–Astara length): the comparison is not of two empty lists.
      expect(found).toBeGreaterThanOrEqual(2);
    });

    it("names the metrics a route has dated figures for", async () => {
      for (const route of ["instc-west", "suez", "instc-caspian"]) {
        const expected = [...new Set(all.filter((f) => f.route?.slug === route && f.periodStart && f.periodEnd).map((f) => f.metric.slug))].sort();
        expect((await getChartedMetrics(route)).map((metric) => metric.slug), route).toEqual(expected);
      }
    });
  });

  describe("getSourcesPage and the source filter", () => {
    it("pages the sources in the order of the full list, each with its counts and first figures and events", async () => {
      const whole = await getSources();
      const first = await getSourcesPage(1, 5, 2);
      const second = await getSourcesPage(2, 5, 2);
      expect(first.totals).toEqual({ sources: whole.length, figures: 38, events: 10 });
      const key = (source: { publisher: string; title: string; url: string | null; date: string | null }) => `${source.publisher}|${source.title}|${source.url}|${source.date}`;
      expect([...first.sources, ...second.sources].map(key)).toEqual(whole.slice(0, 10).map(key));
      for (const source of [...first.sources, ...second.sources]) {
        const full = whole.find((candidate) => key(candidate) === key(source))!;
        expect(source.figureCount).toBe(full.figures.length);
        expect(source.eventCount).toBe(full.events.length);
        expect(source.figures).toEqual(full.figures.slice(0, 2));
        expect(source.events.map((event) => event.id)).toEqual(full.events.slice(0, 2).map((event) => event.id));
      }
      const past = await getSourcesPage(1000, 5, 2);
      expect(past).toMatchObject({ sources: [], totals: first.totals });
    });

    it("filters figures by the publisher they cite", async () => {
      const cepa = all.filter((figure) => figure.source.publisher === "CEPA (Europe's Edge)");
      expect(cepa.length).toBeGreaterThan(0);
      expect((await getFigures({ source: "CEPA (Europe's Edge)" })).map((figure) => figure.id).sort()).toEqual(cepa.map((figure) => figure.id).sort());
      expect(await getFigures({ source: "Nobody" })).toEqual([]);
    });
  });

  describe("getSources", () => {
    it("lists every figure under exactly one source", async () => {
      const sources = await getSources();
      const ids = sources.flatMap((source) => source.figures.map((figure) => figure.id));
      expect(ids).toHaveLength(38);
      expect([...ids].sort((a, b) => a - b)).toEqual(all.map((figure) => figure.id).sort((a, b) => a - b));
    });

    it("lists every event under exactly one source", async () => {
      const ids = (await getSources()).flatMap((source) => source.events.map((event) => event.id));
      expect(ids).toHaveLength(10);
      expect(new Set(ids).size).toBe(10);
    });

    it("attributes each figure to the source it cites, with its exact value", async () => {
      const sources = await getSources();
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
      const sources = await getSources();
      const citing = (value: string) =>
        sources.filter((source) => source.figures.some((figure) => figure.metric === "russia_iran_trade_turnover" && figure.value === value));
      expect(citing("4.6").map((source) => source.publisher)).toEqual(["UrduPoint (quoting Vyacheslav Volodin)"]);
      expect(citing("4.9").map((source) => [source.publisher, source.date])).toEqual([["bne IntelliNews", null]]);
    });
  });

  describe("getEvents", () => {
    it("lists every event in date order", async () => {
      const events = await getEvents();
      expect(events).toHaveLength(10);
      const dates = events.map((event) => event.date);
      expect(dates).toEqual([...dates].sort());
    });

    it("lists only one route's events when asked", async () => {
      const west = await getEvents({ route: "instc-west" });
      expect(west.map((event) => [event.date, event.datePrecision, event.status])).toEqual([
        ["2023-05-17", "day", "happened"],
        ["2026-03-15", "month", "planned"],
        ["2028-01-01", "year", "planned"],
      ]);
      expect(west.every((event) => event.route?.slug === "instc-west")).toBe(true);
      expect(await getEvents({ route: "suez" })).toEqual([]);
    });
  });
});
