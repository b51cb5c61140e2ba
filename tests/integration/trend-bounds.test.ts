import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTrend, routeTrendFigureLimit, routeUndatedLimit, trendFigureLimit, undatedLimit } from "@/lib/data/figures/get-trend";
import { databaseKinds, openSeededDatabase, type TestDatabase } from "./test-databases";

// A trend of a metric with more dated figures than a chart can hold draws the latest ones, keeps every source of
// the cut-off period while that stays within a hard cap, and says what it left out; the CSV has everything.

describe.each(databaseKinds)("a long trend on the %s database", (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openSeededDatabase(kind);
    const metric = await db.prisma.metric.create({
      data: { slug: "long_series", name: "Long series", unit: "tonnes", description: "Test.", category: "transit" },
    });
    // 300 months, January 2000 onwards, and a second source for the month the cut falls on (the trendFigureLimit-th latest).
    const months = Array.from({ length: 300 }, (_, index) => {
      const start = new Date(Date.UTC(2000, index, 1));
      const end = new Date(Date.UTC(2000, index + 1, 0));
      return { start, end };
    });
    const figure = (start: Date, end: Date, value: string, publisher: string) => ({
      metricId: metric.id,
      subject: "Test",
      periodStart: start,
      periodEnd: end,
      value,
      status: "reported" as const,
      sourcePublisher: publisher,
      sourceTitle: "Test",
    });
    const cutMonth = months[300 - trendFigureLimit]!;
    await db.prisma.figure.createMany({
      data: [
        ...months.map(({ start, end }, index) => figure(start, end, String(index), "Source A")),
        figure(cutMonth.start, cutMonth.end, "999", "Source B"),
        ...Array.from({ length: 60 }, (_, index) => ({
          ...figure(new Date(0), new Date(0), String(index), "Source C"),
          periodStart: null,
          periodEnd: null,
        })),
      ],
    });
    // One month with more figures than a chart draws at all (two hundred sources), after ten older months.
    const crowded = await db.prisma.metric.create({
      data: { slug: "crowded_month", name: "Crowded month", unit: "tonnes", description: "Test.", category: "transit" },
    });
    await db.prisma.figure.createMany({
      data: [
        ...months.slice(0, 10).map(({ start, end }, index) => ({ ...figure(start, end, String(index), "Source A"), metricId: crowded.id })),
        ...Array.from({ length: 200 }, (_, index) => ({
          ...figure(months[10]!.start, months[10]!.end, String(1000 + index), `Source ${index}`),
          metricId: crowded.id,
        })),
      ],
    });
    // 60 months of one route, and 20 undated figures of it: more than one of a route page's small charts draws.
    const onRoute = await db.prisma.metric.create({
      data: { slug: "long_route_series", name: "Long route series", unit: "tonnes", description: "Test.", category: "transit" },
    });
    const route = await db.prisma.route.findUniqueOrThrow({ where: { slug: "instc-west" } });
    await db.prisma.figure.createMany({
      data: [
        ...months
          .slice(0, 60)
          .map(({ start, end }, index) => ({ ...figure(start, end, String(index), "Source A"), metricId: onRoute.id, routeId: route.id })),
        ...Array.from({ length: 20 }, (_, index) => ({
          ...figure(new Date(0), new Date(0), String(index), "Source C"),
          metricId: onRoute.id,
          routeId: route.id,
          periodStart: null,
          periodEnd: null,
        })),
      ],
    });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("draws the latest figures, keeps both sources of the cut-off month, and says what it left out", async () => {
    const trend = (await getTrend(db, "long_series"))!;
    const points = trend.series.flatMap((series) => series.points);
    const cutMonth = new Date(Date.UTC(2000, 300 - trendFigureLimit + 1, 0)).toISOString().slice(0, 10);
    expect(points).toHaveLength(trendFigureLimit + 1);
    expect(
      points
        .filter((point) => point.periodEnd === cutMonth)
        .map((point) => point.valueText)
        .sort(),
    ).toEqual([String(300 - trendFigureLimit), "999"]);
    expect(points.every((point) => point.periodEnd! >= cutMonth)).toBe(true);
    expect(trend.undated).toHaveLength(undatedLimit);
    expect(trend.omitted).toEqual({ dated: 300 - trendFigureLimit, undated: 60 - undatedLimit, since: cutMonth });
  });

  it("draws fewer of a route's figures, for one of the route page's small charts, and says what it left out", async () => {
    const trend = (await getTrend(db, "long_route_series", { route: "instc-west" }))!;
    const points = trend.series.flatMap((series) => series.points);
    expect(points).toHaveLength(routeTrendFigureLimit);
    expect(points.map((point) => point.valueText).sort((a, b) => Number(a) - Number(b))[0]).toBe(String(60 - routeTrendFigureLimit));
    expect(trend.undated).toHaveLength(routeUndatedLimit);
    expect(trend.omitted).toMatchObject({ dated: 60 - routeTrendFigureLimit, undated: 20 - routeUndatedLimit });
  });

  it("draws a bounded number of a period that alone has more figures than a chart holds, and says so", async () => {
    const trend = (await getTrend(db, "crowded_month"))!;
    const points = trend.series.flatMap((series) => series.points);
    const cap = Math.ceil(trendFigureLimit * 1.5);
    expect(points).toHaveLength(cap);
    expect(new Set(points.map((point) => point.periodEnd))).toEqual(new Set(["2000-11-30"]));
    expect(trend.omitted).toEqual({ dated: 210 - cap, undated: 0, since: "2000-11-30", partial: true });
  });

  it("leaves a short trend whole and says nothing is left out", async () => {
    const trend = (await getTrend(db, "russia_iran_trade_turnover"))!;
    expect(trend.omitted).toBeUndefined();
    expect(trend.series.flatMap((series) => series.points).length).toBeGreaterThan(0);
  });
});
