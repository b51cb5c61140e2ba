import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { FigureView } from "../data/types";
import { parseSeedData } from "../seed/parse-seed-data";
import { parseProvenance } from "../sources/provenance";
import { describeCorroboration, findCorroborations } from "./corroboration";

// Real cases from the seed data, read as the seed stores them (provenance parsed from the publisher).
const dir = path.join(import.meta.dirname, "..", "..", "prisma", "seed-data");
const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
const seed = parseSeedData({
  routes: read("routes.csv"),
  metrics: read("metrics.csv"),
  facts: read("facts.csv"),
  events: read("events.csv"),
});
const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
const figures: FigureView[] = seed.figures.map((figure, index) => ({
  id: index + 1,
  metric: { slug: figure.metric, name: figure.metric, unit: figure.unit },
  route: figure.route ? { slug: figure.route, name: figure.route } : null,
  subject: figure.subject,
  periodStart: iso(figure.periodStart),
  periodEnd: iso(figure.periodEnd),
  periodLabel: figure.periodLabel,
  value: figure.value,
  status: figure.status,
  source: { publisher: figure.source.publisher, title: figure.source.title, url: null, date: null, datePrecision: null },
  note: figure.note,
  ...(({ quotedSpeaker, dataOwner }) => ({ quotedSpeaker, dataOwner }))(parseProvenance(figure.source.publisher)),
  version: 1,
  updatedAt: "2026-12-01T00:00:00.000Z",
  lastEditedAt: null,
}));
const groupOf = (metric: string, periodLabel: string) => {
  const found = findCorroborations(figures.filter((figure) => figure.metric.slug === metric)).filter(
    (group) => group.periodLabel === periodLabel,
  );
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("findCorroborations on the seed data", () => {
  it("counts three outlets carrying the Canal Authority's 2020 revenue as one origin, and says they round differently", () => {
    const revenue = groupOf("suez_revenue", "2020");
    expect(revenue.figures.map((figure) => figure.value).sort()).toEqual(["5.6", "5.606", "5.61"]);
    expect(revenue.origins.map((origin) => origin.label)).toEqual(["SCA"]);
    expect(revenue.origins[0]!.outlets).toHaveLength(3);
    expect(revenue.agree).toBe(false);
    expect(describeCorroboration(revenue)).toBe("For 2020, Suez Canal on the suez: 3 figures from one origin (SCA) give different values.");
  });

  it("says two outlets quoting one ambassador are one report, not two confirmations", () => {
    const cargo = groupOf("instc_east_cargo", "2024");
    expect(cargo.agree).toBe(true);
    expect(cargo.origins).toHaveLength(1);
    expect(describeCorroboration(cargo)).toMatch(
      /^For 2024, INSTC eastern route on the instc-east: 2 figures give 2 Mt, all from one origin \(.*Kazem Jalali\) through .*: one report, not 2 confirmations\.$/,
    );
  });

  it("counts agreement from two agencies as two independent origins", () => {
    const revenue = groupOf("suez_revenue", "FY 2021/22");
    expect(revenue.agree).toBe(true);
    expect(revenue.origins.map((origin) => origin.label).sort()).toEqual(["CAPMAS", "SCA"]);
  });

  it("counts two outlets relaying one ministry's data as one of the Middle Corridor's three origins for 2024", () => {
    const cargo = groupOf("middle_corridor_cargo", "2024");
    expect(cargo.figures).toHaveLength(4);
    const ministry = cargo.origins.find((origin) => origin.label === "Kazakhstan Ministry of Transport");
    expect(ministry?.outlets.sort()).toEqual([
      "AzerNews via MENAFN (Kazakhstan Ministry of Transport data)",
      "Report.az (Kazakhstan Ministry of Transport data)",
    ]);
    expect(cargo.origins).toHaveLength(3);
  });

  it("leaves single figures alone", () => {
    expect(findCorroborations(figures).every((group) => group.figures.length > 1)).toBe(true);
  });
});
