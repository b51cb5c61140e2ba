import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricRecords } from "@/lib/admin/metrics/metric-records";
import { MetricInputSchema } from "@/lib/admin/metrics/metric-input";
import { updateRecord } from "@/lib/admin/records/record-writes";
import { pastReader } from "@/lib/data/as-of";
import { databaseReads, getOverview } from "@/lib/data/overview/get-overview";
import { createEditors, databaseKinds, openSeededDatabase, type TestDatabase } from "./test-databases";

// Which trends the overview charts, and in which order, is the editors' choice (a metric's "Trend on the overview"),
// as its headline cards are; the seed's first choice comes from metric-trends.csv. No metric is named in code.

describe.each(databaseKinds)("the overview's trend charts on the %s database", (kind) => {
  let db: TestDatabase;
  let editor: number;
  const trendsOf = async (reader: Parameters<typeof databaseReads>[0]) =>
    (await getOverview(databaseReads(reader))).trends.map((trend) => trend.metric.slug);
  const setTrendPlace = async (slug: string, place: string) => {
    const metric = await db.prisma.metric.findUniqueOrThrow({ where: { slug } });
    const values = (await metricRecords.read(db.prisma, metric.id))!.values;
    const result = await updateRecord(
      db,
      metricRecords,
      editor,
      metric.id,
      metric.version,
      MetricInputSchema.parse({ ...values, overviewTrend: place }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
  };

  beforeAll(async () => {
    db = await openSeededDatabase(kind);
    [editor] = await createEditors(db, "Trend editor");
  });
  afterAll(() => db.dispose());

  it("charts the seed's choice first (metric-trends.csv), then the editors' order, and a past moment shows the order it had", async () => {
    expect(await trendsOf(db)).toEqual(["russia_iran_trade_turnover", "azerbaijan_instc_transit", "middle_corridor_cargo"]);
    const before = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));

    await setTrendPlace("transit_time", "1");
    await setTrendPlace("russia_iran_trade_turnover", "");
    await setTrendPlace("middle_corridor_cargo", "2");
    await setTrendPlace("azerbaijan_instc_transit", "3");
    expect(await trendsOf(db)).toEqual(["transit_time", "middle_corridor_cargo", "azerbaijan_instc_transit"]);

    // Rebuilt from the revisions: as the overview stood before the edits.
    expect(await trendsOf(pastReader(db, before))).toEqual([
      "russia_iran_trade_turnover",
      "azerbaijan_instc_transit",
      "middle_corridor_cargo",
    ]);
  });

  it("refuses a place that is not a whole number from 1 to 99, and changes nothing", async () => {
    expect(() =>
      MetricInputSchema.parse({
        slug: "x",
        name: "X",
        unit: "t",
        category: "transit",
        description: "X",
        lookalikes: "",
        overviewTrend: "0",
      }),
    ).toThrow(/Trend on the overview must be blank or a whole number from 1 to 99/);
    await expect(db.prisma.metric.update({ where: { slug: "transit_time" }, data: { overviewTrend: 100 } })).rejects.toThrow(
      /metrics_overview_trend_range/,
    );
    expect((await db.prisma.metric.findUniqueOrThrow({ where: { slug: "transit_time" } })).overviewTrend).toBe(1);
  });
});

// The headline cards: which metrics, in which order, and what each card shows beside its metric (the whole it is
// progress towards, the metrics it lists) are metric fields. The Rasht–Astara card was code naming five metrics; it
// is now the seed's choice (metric-featured.csv, metric-cards.csv), which an editor changes like any other.
describe.each(databaseKinds)("the overview's headline cards on the %s database", (kind) => {
  let db: TestDatabase;
  let editor: number;
  const cardsOf = async (reader: Parameters<typeof databaseReads>[0]) => (await getOverview(databaseReads(reader))).featured;
  const editMetric = async (slug: string, change: Record<string, string>) => {
    const metric = await db.prisma.metric.findUniqueOrThrow({ where: { slug } });
    const values = (await metricRecords.read(db.prisma, metric.id))!.values;
    return updateRecord(db, metricRecords, editor, metric.id, metric.version, MetricInputSchema.parse({ ...values, ...change }));
  };

  beforeAll(async () => {
    db = await openSeededDatabase(kind);
    [editor] = await createEditors(db, "Card editor");
  });
  afterAll(() => db.dispose());

  it("shows the seed's railway card: land against the length its own source gives, the other lengths, cost, loan and milestones", async () => {
    const cards = await cardsOf(db);
    expect(cards.map((card) => card.metric.slug)).toEqual([
      "russia_iran_trade_growth",
      "azerbaijan_instc_transit",
      "rasht_astara_land_acquired",
    ]);
    const land = cards[2]!;
    expect([land.lead.value, land.lead.source.publisher]).toEqual(["95", "Report.az"]);
    // Report.az gives both numbers (the 164 km is in facts-from-notes.csv): the only share computed.
    expect(land.progress?.whole.slug).toBe("rasht_astara_length");
    expect([land.progress?.sameSource?.value, land.progress?.sameSource?.source.publisher]).toEqual(["164", "Report.az"]);
    expect(land.progress?.others.shown.map((figure) => `${figure.value} ${figure.source.publisher}`).sort()).toEqual([
      "162 Islam Times",
      "163 Trend",
      "170 TASS",
    ]);
    expect(land.listed.map((list) => list.metric.slug)).toEqual(["rasht_astara_cost", "rasht_astara_russian_loan"]);
    // Its milestones are the events linked to its metric (event-metrics.csv), in date order.
    const linked = await db.prisma.event.findMany({
      where: { metrics: { some: { metric: { slug: "rasht_astara_land_acquired" } } } },
      orderBy: [{ date: "asc" }, { id: "asc" }],
    });
    expect(linked.length).toBeGreaterThan(5);
    expect(land.milestones).toEqual({ shown: expect.any(Array), earlier: 0 });
    expect(land.milestones.shown.map((event) => event.id)).toEqual(linked.map((event) => event.id));
    // A card without a whole has no progress and no milestones.
    expect(cards[0]).toMatchObject({ progress: null, listed: [], milestones: { shown: [], earlier: 0 } });
  });

  it("follows an editor's fields, refuses a whole that is unknown, itself or in another unit, and a past moment shows the card it had", async () => {
    const before = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const refused = [
      [{ progressAgainst: "no_such_metric" }, { progressAgainst: ['Unknown metric "no_such_metric"'] }],
      [{ progressAgainst: "rasht_astara_land_acquired" }, { progressAgainst: ["A metric cannot be measured against itself"] }],
      [
        { progressAgainst: "rasht_astara_cost" },
        { progressAgainst: ["rasht_astara_cost is counted in EUR bn, this metric in km: progress needs the same unit"] },
      ],
      [{ cardMetrics: "rasht_astara_cost\nno_such_metric" }, { cardMetrics: ['Unknown metric "no_such_metric"'] }],
      [{ cardMetrics: "rasht_astara_land_acquired" }, { cardMetrics: ["The card already shows this metric (rasht_astara_land_acquired)"] }],
    ] as const;
    const stored = await db.prisma.metric.findUniqueOrThrow({ where: { slug: "rasht_astara_land_acquired" } });
    for (const [change, fieldErrors] of refused)
      expect(await editMetric("rasht_astara_land_acquired", change)).toMatchObject({ ok: false, fieldErrors });
    expect(await db.prisma.metric.findUniqueOrThrow({ where: { slug: "rasht_astara_land_acquired" } })).toEqual(stored);

    expect(await editMetric("rasht_astara_land_acquired", { progressAgainst: "", cardMetrics: "rasht_astara_land_budget" })).toMatchObject({
      ok: true,
    });
    expect(await editMetric("russia_iran_trade_growth", { featured: "4" })).toMatchObject({ ok: true });
    const cards = await cardsOf(db);
    expect(cards.map((card) => card.metric.slug)).toEqual([
      "azerbaijan_instc_transit",
      "rasht_astara_land_acquired",
      "russia_iran_trade_growth",
    ]);
    expect(cards[1]).toMatchObject({ progress: null, milestones: { shown: [], earlier: 0 } });
    expect(cards[1]!.listed.map((list) => list.metric.slug)).toEqual(["rasht_astara_land_budget"]);

    // Rebuilt from the revisions: the card as it stood before the edits.
    const past = await cardsOf(pastReader(db, before));
    expect(past.map((card) => card.metric.slug)).toEqual([
      "russia_iran_trade_growth",
      "azerbaijan_instc_transit",
      "rasht_astara_land_acquired",
    ]);
    expect(past[2]!.progress?.whole.slug).toBe("rasht_astara_length");
    expect(past[2]!.listed.map((list) => list.metric.slug)).toEqual(["rasht_astara_cost", "rasht_astara_russian_loan"]);
  });
});
