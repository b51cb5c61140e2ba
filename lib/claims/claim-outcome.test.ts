import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSeedData, type SeedFigure } from "../seed/parse-seed-data";
import { areScaleSisters, compareAmounts } from "./amounts";
import {
  decideEventOutcome,
  decideFigureOutcome,
  isClaimStatus,
  partialDateRange,
  type OutcomeEvent,
  type OutcomeFigure,
} from "./claim-outcome";

// Real cases from the seed data (prisma/seed-data), decided on a fixed day: 2 December 2026.

const dir = path.join(import.meta.dirname, "../../prisma/seed-data");
const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
const seed = parseSeedData({
  routes: read("routes.csv"),
  metrics: read("metrics.csv"),
  facts: read("facts.csv"),
  factsFromNotes: read("facts-from-notes.csv"),
  events: read("events.csv"),
});
const metrics = new Map(seed.metrics.map((metric) => [metric.slug, metric]));
const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

type Figure = OutcomeFigure & { label: string | null };
const figureOf = (row: SeedFigure, id: number): Figure => {
  const metric = metrics.get(row.metric)!;
  return {
    id,
    metric: { slug: metric.slug, unit: metric.unit, category: metric.category },
    route: row.route ? { slug: row.route } : null,
    subject: row.subject,
    periodStart: iso(row.periodStart),
    periodEnd: iso(row.periodEnd),
    value: row.value,
    status: row.status,
    label: row.periodLabel,
  };
};
const figures = seed.figures.map(figureOf);
const events: (OutcomeEvent & { title: string })[] = seed.events.map((event, index) => ({
  id: index + 1,
  date: iso(event.date)!,
  datePrecision: event.datePrecision,
  status: event.status,
  title: event.title,
}));

const today = "2026-12-02";

/** The one seed figure of a metric with this value and status (fails loudly if the data changed). */
function claim(metric: string, value: string, status: "plan" | "forecast"): Figure {
  const found = figures.filter((figure) => figure.metric.slug === metric && figure.value === value && figure.status === status);
  expect(found, `${metric} ${value} ${status}`).toHaveLength(1);
  return found[0]!;
}
const decide = (figure: Figure) => decideFigureOutcome(figure, figures, null, today);
const eventTitled = (start: string) => {
  const found = events.filter((event) => event.title.startsWith(start));
  expect(found, start).toHaveLength(1);
  return found[0]!;
};

describe("amounts", () => {
  it("compares scale sisters exactly: 1,000 USD m is 1 USD bn, 10686.85 USD m is more than 10.68685 USD bn minus a cent", () => {
    expect(compareAmounts({ value: "1000", unit: "USD m" }, { value: "1", unit: "USD bn" })).toBe(0);
    expect(compareAmounts({ value: "10686.85", unit: "USD m" }, { value: "10.68685", unit: "USD bn" })).toBe(0);
    expect(compareAmounts({ value: "10686.84", unit: "USD m" }, { value: "10.68685", unit: "USD bn" })).toBe(-1);
    expect(compareAmounts({ value: "926000", unit: "tonnes" }, { value: "0.926", unit: "million tonnes" })).toBe(0);
    expect(compareAmounts({ value: "4.119", unit: "million tonnes" }, { value: "2.5", unit: "million tonnes" })).toBe(1);
  });

  it("knows the dataset's sisters, and that EGP is not USD", () => {
    const metric = (slug: string) => ({ slug, unit: metrics.get(slug)!.unit });
    expect(areScaleSisters(metric("russia_india_trade_turnover"), metric("russia_india_trade_turnover_usd_m"))).toBe(true);
    expect(areScaleSisters(metric("middle_corridor_cargo"), metric("middle_corridor_cargo_t"))).toBe(true);
    expect(areScaleSisters(metric("azerbaijan_corridor_cargo"), metric("azerbaijan_corridor_cargo_kt"))).toBe(true);
    expect(areScaleSisters(metric("suez_revenue"), metric("suez_revenue_egp_bn"))).toBe(false);
    expect(areScaleSisters(metric("suez_revenue"), metric("suez_revenue_usd_m"))).toBe(true);
    expect(areScaleSisters(metric("middle_corridor_cargo"), metric("instc_total_cargo"))).toBe(false);
    expect(() => compareAmounts({ value: "1", unit: "USD bn" }, { value: "1", unit: "EGP bn" })).toThrow();
  });
});

describe("figure claims on real data", () => {
  it("the seed has 39 plans and forecasts, 16 of them without a target date", () => {
    const claims = figures.filter((figure) => isClaimStatus(figure.status));
    expect(claims).toHaveLength(39);
    expect(claims.filter((figure) => decide(figure).outcome === "undated")).toHaveLength(16);
  });

  it("Russia–India 30 USD bn by 2025: overdue, because no calendar-2025 figure is reported (FY 2024-25's 68.7 is another period)", () => {
    const target = claim("russia_india_trade_turnover", "30", "plan");
    const fiscal = figures.find((figure) => figure.metric.slug === "russia_india_trade_turnover" && figure.label === "FY 2024-25");
    expect(fiscal?.value).toBe("68.7");
    expect(decide(target)).toEqual({ outcome: "overdue", basis: "date", dueDate: "2025-12-31", evidence: [] });
    // Were the same figure reported for calendar 2025 (in the USD m sister), it would decide: exact scaling.
    const calendar2025 = {
      ...fiscal!,
      id: 99_001,
      metric: { ...fiscal!.metric, slug: "russia_india_trade_turnover_usd_m", unit: "USD m" },
      value: "29999.99",
      periodStart: "2025-01-01",
      periodEnd: "2025-12-31",
    };
    expect(decideFigureOutcome(target, [calendar2025], null, today)).toMatchObject({
      outcome: "missed",
      basis: "evidence",
      evidence: [calendar2025],
    });
    expect(decideFigureOutcome(target, [{ ...calendar2025, value: "30000" }], null, today).outcome).toBe("met");
  });

  it("Middle Corridor cargo, 2025 plan of 2.5 Mt: met by the reported 4.119 Mt; the 5.2 Mt forecast: missed by it", () => {
    const plan = decide(claim("middle_corridor_cargo", "2.5", "plan"));
    expect(plan.outcome).toBe("met");
    expect(plan.evidence.map((figure) => figure.value)).toEqual(["4.119"]);
    // Azerbaijan Railways' Jan–Sep 2025 (another subject and period) and H1 2025 in tonnes (the sister, another period) are not evidence.
    const forecast = decide(claim("middle_corridor_cargo", "5.2", "forecast"));
    expect(forecast).toMatchObject({ outcome: "missed", basis: "evidence" });
    expect(forecast.evidence.map((figure) => figure.value)).toEqual(["4.119"]);
  });

  it("Middle Corridor cargo, 2024 forecast of 4.2 Mt: met by 4.484, 4.5 and 4.5, not contradicted by the seaports-only 3.3", () => {
    const decision = decide(claim("middle_corridor_cargo", "4.2", "forecast"));
    expect(decision.outcome).toBe("met");
    expect(decision.evidence.map((figure) => figure.value).sort()).toEqual(["4.484", "4.5", "4.5"]);
    expect(decision.evidence.every((figure) => figure.subject === "Trans-Caspian route")).toBe(true);
  });

  it("Middle Corridor containers: 96,000 TEU planned for 2025 missed (77,000 reported); 300,000 by 2029 pending", () => {
    expect(decide(claim("middle_corridor_containers", "96000", "plan"))).toMatchObject({
      outcome: "missed",
      evidence: [{ value: "77000" }],
    });
    expect(decide(claim("middle_corridor_containers", "300000", "plan"))).toMatchObject({
      outcome: "pending",
      basis: "date",
      dueDate: "2029-12-31",
    });
  });

  it("Azerbaijan–Russia 5 USD bn forecast for 2023: missed, the year's outturn was 4.4", () => {
    expect(decide(claim("azerbaijan_russia_trade_turnover", "5", "forecast"))).toMatchObject({
      outcome: "missed",
      evidence: [{ value: "4.4" }],
    });
  });

  it("Suez Canal revenue 2023: the 8.70 forecast met and the 10.3 forecast missed by the reported 10.25 (the 10.2 claim is not evidence)", () => {
    expect(decide(claim("suez_revenue", "8.70", "forecast"))).toMatchObject({ outcome: "met", evidence: [{ value: "10.25" }] });
    expect(decide(claim("suez_revenue", "10.3", "forecast"))).toMatchObject({ outcome: "missed", evidence: [{ value: "10.25" }] });
  });

  it("a claim is not a report: INSTC eastern route 2 Mt target for 2024 is overdue beside a 2 Mt claim for 2024", () => {
    const target = claim("instc_east_cargo", "2", "plan");
    expect(
      figures.some((figure) => figure.metric.slug === "instc_east_cargo" && figure.status === "claim" && figure.periodEnd === "2024-12-31"),
    ).toBe(true);
    expect(decide(target)).toMatchObject({ outcome: "overdue", evidence: [] });
  });

  it("passed dates with no report are overdue: INSTC 17.6 Mt in 2023, Kuryk port 2.2 Mt in 2024 (only Jan–25 Sep reported)", () => {
    expect(decide(claim("instc_total_cargo", "17.6", "forecast"))).toMatchObject({
      outcome: "overdue",
      basis: "date",
      dueDate: "2023-12-31",
    });
    expect(decide(claim("port_throughput", "2.2", "forecast"))).toMatchObject({ outcome: "overdue", basis: "date" });
  });

  it("a target date still ahead is pending: Russia–Iran 5 USD bn in 2026, Suez FY 2026/27", () => {
    expect(decide(claim("russia_iran_trade_turnover", "5", "plan"))).toMatchObject({ outcome: "pending", dueDate: "2026-12-31" });
    expect(decide(claim("suez_revenue", "8", "forecast"))).toMatchObject({ outcome: "pending", dueDate: "2027-06-30" });
    expect(decideFigureOutcome(claim("russia_iran_trade_turnover", "5", "plan"), figures, null, "2027-01-01").outcome).toBe("overdue");
  });

  it("an undated figure stays undated, even with reports of its metric: the Rasht–Astara cost", () => {
    expect(decide(claim("rasht_astara_cost", "1.6", "plan"))).toEqual({
      outcome: "undated",
      basis: "undated",
      dueDate: null,
      evidence: [],
    });
  });

  it("reports on both sides of a target leave it unclear; a ruling decides over evidence", () => {
    const target = claim("middle_corridor_containers", "96000", "plan");
    const report = decide(target).evidence[0]!;
    const second = { ...report, id: 99_002, value: "100000" };
    expect(decideFigureOutcome(target, [report, second], null, today).outcome).toBe("unclear");
    const ruled = decideFigureOutcome(target, [report], { outcome: "withdrawn", reason: "The association dropped the plan" }, today);
    expect(ruled).toMatchObject({ outcome: "withdrawn", basis: "ruling", evidence: [report] });
  });

  it("evidence in a unit that is not an amount is unclear, not guessed: a transit-time target", () => {
    const target: Figure = {
      ...claim("middle_corridor_containers", "96000", "plan"),
      metric: { slug: "transit_time", unit: "days", category: "route" },
      value: "14",
    };
    const report = { ...target, id: 99_003, status: "reported" as const, value: "12" };
    expect(decideFigureOutcome(target, [report], null, today)).toMatchObject({ outcome: "unclear", basis: "evidence" });
  });
});

describe("planned events on real data", () => {
  it("the seed has 6 planned events", () => {
    expect(events.filter((event) => event.status === "planned")).toHaveLength(6);
  });

  it("passed and unreported: construction start March 2026, land acquisition by 20 March 2026, signing by March 2025", () => {
    for (const title of ["Rasht–Astara construction start", "Iran aims to finish acquiring land", "Deadline for signing"]) {
      expect(decideEventOutcome(eventTitled(title), [], null, today).outcome, title).toBe("overdue");
    }
  });

  it("a month-precision date runs to the month's end; a year-precision one to 31 December", () => {
    expect(partialDateRange("2026-03-15", "month")).toEqual({ first: "2026-03-15", last: "2026-03-31" });
    const start = eventTitled("Rasht–Astara construction start");
    expect(decideEventOutcome(start, [], null, "2026-03-31").outcome).toBe("pending");
    expect(decideEventOutcome(start, [], null, "2026-04-01").outcome).toBe("overdue");
    const terminal = eventTitled("Astara border terminal in Iran");
    expect(decideEventOutcome(terminal, [], null, today)).toMatchObject({ outcome: "pending", dueDate: "2026-12-31" });
    expect(decideEventOutcome(eventTitled("Rasht–Astara railway expected completion"), [], null, today).outcome).toBe("pending");
  });

  it("a happened event that supersedes a planned one decides it: on time met, late missed, overlapping precision unclear", () => {
    const land = eventTitled("Iran aims to finish acquiring land"); // 20 March 2026, day precision
    const happened = (date: string, datePrecision: "day" | "month") => ({ id: 99_100, date, datePrecision, status: "happened" as const });
    expect(decideEventOutcome(land, [happened("2026-03-19", "day")], null, today).outcome).toBe("met");
    expect(decideEventOutcome(land, [happened("2026-05-01", "month")], null, today).outcome).toBe("missed");
    expect(decideEventOutcome(land, [happened("2026-03-01", "month")], null, today).outcome).toBe("unclear");
    // A planned event naming it (a postponement) is not evidence that it happened.
    expect(decideEventOutcome(land, [{ ...happened("2026-09-01", "month"), status: "planned" }], null, today).outcome).toBe("overdue");
  });
});
