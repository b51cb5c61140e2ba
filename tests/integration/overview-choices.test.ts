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
