import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { familyStem, scaleFamily, shiftDecimal, unitRatio } from "./scale-family";

const metrics: { slug: string; unit: string }[] = parse(readFileSync(path.join(process.cwd(), "prisma/seed-data/metrics.csv"), "utf8"), {
  columns: true,
});
const bySlug = (slug: string) => metrics.find((metric) => metric.slug === slug)!;
const familyOf = (slug: string) => scaleFamily(bySlug(slug), metrics).map(({ metric, shift }) => [metric.slug, shift]);

describe("shiftDecimal", () => {
  it.each([
    ["1234.5", -3, "1.2345"],
    ["4.2", 3, "4200"],
    ["1.50", 3, "1500"],
    ["12.30", -3, "0.01230"],
    ["814000", -6, "0.814000"],
    ["7", -1, "0.7"],
    ["-50", -3, "-0.050"],
    ["0.5", 1, "5"],
    ["35", 0, "35"],
  ])("%s × 10^%i is %s", (value, shift, expected) => {
    expect(shiftDecimal(value, shift)).toBe(expected);
  });

  it("keeps the value exactly: shifting back gives the same number", () => {
    for (const value of ["1234.5", "0.001", "98765.4321", "3"]) {
      expect(Number(shiftDecimal(shiftDecimal(value, -6), 6))).toBe(Number(value));
    }
  });

  it("refuses what is not a plain decimal", () => {
    expect(() => shiftDecimal("1e3", 3)).toThrow("Not a plain decimal");
  });
});

describe("scaleFamily, on the dataset's metrics", () => {
  it("charts USD m sisters with their USD bn metric, a thousandth apart", () => {
    expect(familyOf("russia_india_trade_turnover")).toEqual([
      ["russia_india_trade_turnover", 0],
      ["russia_india_trade_turnover_usd_m", -3],
    ]);
    expect(familyOf("russia_india_trade_turnover_usd_m")).toEqual([
      ["russia_india_trade_turnover_usd_m", 0],
      ["russia_india_trade_turnover", 3],
    ]);
  });

  it("joins tonnes, thousand tonnes and billion tonnes to million tonnes", () => {
    expect(familyOf("azerbaijan_corridor_cargo")).toEqual([
      ["azerbaijan_corridor_cargo", 0],
      ["azerbaijan_corridor_cargo_kt", -3],
    ]);
    expect(familyOf("middle_corridor_cargo")).toEqual([
      ["middle_corridor_cargo", 0],
      ["middle_corridor_cargo_t", -6],
    ]);
    expect(familyOf("suez_net_tonnage")).toEqual([
      ["suez_net_tonnage", 0],
      ["suez_net_tonnage_bn", 3],
    ]);
  });

  it("keeps another currency, and conversions that are not powers of ten, apart", () => {
    expect(familyOf("suez_revenue")).toEqual([
      ["suez_revenue", 0],
      ["suez_revenue_usd_m", -3],
    ]);
    expect(familyOf("suez_revenue_egp_bn")).toEqual([["suez_revenue_egp_bn", 0]]);
    expect(familyOf("route_length")).toEqual([["route_length", 0]]);
    expect(familyOf("route_length_nm")).toEqual([["route_length_nm", 0]]);
    expect(familyOf("transit_time")).toEqual([["transit_time", 0]]);
  });

  it("finds every family in the dataset, and no metric in two", () => {
    const families = new Map<string, string[]>();
    for (const metric of metrics) {
      const members = scaleFamily(metric, metrics);
      if (members.length > 1) families.set(familyStem(metric.slug), members.map(({ metric: member }) => member.slug).sort());
    }
    expect([...families.keys()].sort()).toEqual([
      "azerbaijan_corridor_cargo",
      "azerbaijan_russia_trade_turnover",
      "india_exports_to_iran",
      "india_exports_to_russia",
      "india_imports_from_iran",
      "india_iran_trade_turnover",
      "middle_corridor_cargo",
      "russia_exports_to_iran",
      "russia_imports_from_iran",
      "russia_india_trade_turnover",
      "russia_iran_trade_turnover",
      "suez_net_tonnage",
      "suez_revenue",
    ]);
    const members = [...families.values()].flat();
    expect(new Set(members).size).toBe(members.length);
  });
});

describe("unitRatio", () => {
  it("says how many of the smaller unit make one of the larger", () => {
    expect(unitRatio("USD m", "USD bn")).toEqual({ from: "1000", to: "1" });
    expect(unitRatio("million tonnes", "tonnes")).toEqual({ from: "1", to: "1000000" });
    expect(unitRatio("USD m", "EUR bn")).toBeNull();
    expect(unitRatio("km", "nautical miles")).toBeNull();
  });
});
