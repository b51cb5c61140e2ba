import { describe, expect, it } from "vitest";
import type { ComparisonValue, RouteComparison, TrendChartData, TrendPoint } from "@/lib/data/types";
import { routeSummary, trendPoint } from "../../tests/support/chart-fixtures";
import { comparisonFinding, comparisonNotes, describeComparison, trendFinding, trendNotes } from "./describe-chart";

const route = routeSummary;

function value(low: string, high: string, unit: string, status: "reported" | "claim", periodLabels: string[] = []): ComparisonValue {
  return {
    low,
    high,
    plotLow: Number(low),
    plotHigh: Number(high),
    unit,
    statuses: [status],
    periodLabels,
    metricNames: ["Metric"],
    notes: [],
    sources: [],
    figureIds: [1],
  };
}

const west = route("instc-west", "INSTC western route", "instc");
const east = route("instc-east", "INSTC eastern route", "instc");
const suez = route("suez", "Suez Canal sea route", "alternative");
const middle = route("middle-corridor", "Middle Corridor (Trans-Caspian International Transport Route)", "alternative");

const transitTime: RouteComparison = {
  measure: "transit_time",
  title: "Transit time, Russia to India",
  unit: "days",
  rows: [
    { route: west, value: value("25", "25", "days", "reported", ["2022 pilot shipment"]), unlike: [] },
    { route: east, value: null, unlike: [] },
    { route: suez, value: value("45", "60", "days", "claim"), unlike: [] },
    { route: middle, value: null, unlike: [] },
  ],
};

describe("comparisonFinding", () => {
  it("states the INSTC branch against the first alternative, a range as a range", () => {
    expect(comparisonFinding(transitTime)).toBe(
      "The INSTC western route is faster: 25 days (2022 pilot shipment) against 45–60 days (claim, undated) by the Suez Canal sea route",
    );
  });

  it("says when the INSTC figure is only a claim", () => {
    const distance: RouteComparison = {
      measure: "distance",
      title: "Distance from Russia to India",
      unit: "km",
      rows: [
        { route: west, value: value("7200", "7200", "km", "claim"), unlike: [] },
        { route: suez, value: value("16000", "16000", "km", "claim"), unlike: [] },
      ],
    };
    expect(comparisonFinding(distance)).toBe(
      // "claimed" says the first figure's status, so its parenthesis gives only its date.
      "The INSTC western route is claimed to be shorter: 7,200 km (undated) against 16,000 km (claim, undated) by the Suez Canal sea route",
    );
  });

  it("names each route once when their figures overlap, every value with its unit, status and date", () => {
    const east = route("instc-east", "INSTC eastern route", "instc");
    const chennai = route("chennai-vladivostok", "Chennai–Vladivostok Eastern Maritime Corridor", "alternative");
    const comparable: RouteComparison = {
      ...transitTime,
      rows: [
        { route: east, value: value("15", "18", "days", "reported", ["2023"]), unlike: [] },
        { route: chennai, value: value("10", "24", "days", "claim", ["2022"]), unlike: [] },
      ],
    };
    const finding = comparisonFinding(comparable);
    expect(finding).toBe(
      "The INSTC eastern route and the Chennai–Vladivostok Eastern Maritime Corridor are comparable: 15–18 days (2023) and 10–24 days (claim, 2022)",
    );
    expect(finding.split("Chennai–Vladivostok")).toHaveLength(2);
    expect(finding.split("INSTC eastern route")).toHaveLength(2);
  });

  it("names the shared period of volumes and falls back to the title without a pair", () => {
    const volume: RouteComparison = {
      measure: "volume",
      title: "Cargo carried",
      unit: "million tonnes",
      rows: [
        { route: west, value: value("0.814", "0.814", "million tonnes", "reported", ["2024"]), unlike: [] },
        { route: middle, value: value("4.5", "4.5", "million tonnes", "reported", ["2024"]), unlike: [] },
      ],
    };
    expect(comparisonFinding(volume)).toBe(
      "The INSTC western route carried less: 0.814 Mt (2024) against 4.5 Mt (2024) on the Middle Corridor",
    );
    expect(
      comparisonFinding({
        ...volume,
        rows: [
          { route: west, value: null, unlike: [] },
          { route: suez, value: null, unlike: [] },
        ],
      }),
    ).toBe("Cargo carried: no route has a figure yet");
  });
});

describe("describeComparison and comparisonNotes", () => {
  it("names every route, with 'no data' where there is none", () => {
    const text = describeComparison(transitTime);
    expect(text).toContain("INSTC eastern route: no data.");
    expect(text).toContain("Suez Canal sea route: 45–60 days (claim).");
    expect(text).toContain("Middle Corridor (Trans-Caspian International Transport Route): no data.");
  });

  it("notes periods, ranges and the routes without a figure", () => {
    expect(comparisonNotes(transitTime)).toEqual([
      "INSTC western route: 2022 pilot shipment.",
      "Suez Canal sea route: given as a range, 45–60 days.",
      "No figure for the INSTC eastern route and the Middle Corridor.",
    ]);
  });

  it("names figures between other ends as not comparable, and says when a range spans several sources", () => {
    const source = (publisher: string) => ({ publisher, title: "t", url: null, date: null, datePrecision: null });
    const spread = { ...value("16", "60", "days", "claim"), sources: [source("A"), source("B")], figureIds: [1, 2, 3] };
    const comparison: RouteComparison = {
      ...transitTime,
      rows: [
        { route: suez, value: spread, unlike: [] },
        { route: middle, value: null, unlike: ["China–Europe", "Xi'an–Budapest"] },
        { route: east, value: null, unlike: [] },
      ],
    };
    expect(comparisonNotes(comparison)).toEqual([
      "Suez Canal sea route: 3 figures from 2 sources, 16–60 days.",
      "Middle Corridor: Not comparable: its figures are for China–Europe; Xi'an–Budapest, not Russia–India.",
      "No figure for the INSTC eastern route.",
    ]);
    expect(describeComparison(comparison)).toContain(
      "Middle Corridor (Trans-Caspian International Transport Route): Not comparable: its figures are for China–Europe; Xi'an–Budapest, not Russia–India.",
    );
  });
});

function point(periodStart: string, periodEnd: string, valueText: string, publisher = "A", disagrees = false): TrendPoint {
  return trendPoint({ periodStart, periodEnd, valueText, publisher, disagrees });
}

const turnover: TrendChartData = {
  metric: {
    slug: "russia_iran_trade_turnover",
    name: "Russia–Iran trade turnover",
    unit: "USD bn",
    category: "trade",
    description: "",
    figureCount: 6,
  },
  sisters: [],
  series: [
    {
      key: "01-12",
      label: "Full year",
      points: [
        point("2020-01-01", "2020-12-31", "2.22"),
        point("2021-01-01", "2021-12-31", "4.03"),
        point("2022-01-01", "2022-12-31", "4.6", "UrduPoint", true),
        point("2022-01-01", "2022-12-31", "4.9", "IntelliNews", true),
        point("2023-01-01", "2023-12-31", "4.0"),
      ],
    },
    { key: "01-09", label: "Jan–Sep", points: [point("2024-01-01", "2024-09-30", "3.3")] },
  ],
  undated: [],
  multiYear: [],
  events: [],
};

describe("trendFinding and trendNotes", () => {
  it("tells the rise, the disputed peak and the fall, then the latest part-year figure", () => {
    expect(trendFinding(turnover)).toBe(
      "Russia–Iran trade turnover rose from 2.22 USD bn in 2020 to 4.6–4.9 in 2022, then fell to 4.0 in 2023 (latest: 3.3 in Jan–Sep 2024)",
    );
  });

  it("puts a disputed range with a negative end after 'to' as 'between … and …', never 'to −61 to −43.1'", () => {
    const change: TrendChartData = {
      ...turnover,
      metric: { ...turnover.metric, name: "Suez Canal revenue change", unit: "percent" },
      series: [
        {
          key: "01-12",
          label: "Full year",
          points: [
            point("2021-01-01", "2021-12-31", "12.8"),
            point("2024-01-01", "2024-12-31", "-61", "A", true),
            point("2024-01-01", "2024-12-31", "-43.1", "B", true),
          ],
        },
      ],
    };
    expect(trendFinding(change)).toBe("Suez Canal revenue change fell from +12.8% in 2021 to between −61 and −43.1 in 2024");
  });

  it("tells what happened from reported figures and claims, and names a later plan as a plan", () => {
    const plan = { ...point("2026-01-01", "2026-12-31", "5"), status: "plan" as const };
    const withPlan = {
      ...turnover,
      series: [{ ...turnover.series[0]!, points: [...turnover.series[0]!.points, plan] }, turnover.series[1]!],
    };
    expect(trendFinding(withPlan)).toBe(
      "Russia–Iran trade turnover rose from 2.22 USD bn in 2020 to 4.6–4.9 in 2022, then fell to 4.0 in 2023 (latest: 3.3 in Jan–Sep 2024); planned: 5 USD bn for 2026",
    );
    const onlyForecasts = {
      ...turnover,
      series: [{ ...turnover.series[0]!, points: [{ ...point("2030-01-01", "2030-12-31", "32"), status: "forecast" as const }] }],
    };
    expect(trendFinding(onlyForecasts)).toBe(
      "Russia–Iran trade turnover: only forecasts and plans so far, the latest 32 USD bn for 2030 (forecast)",
    );
  });

  it("spells out the first three disagreements of a series and counts the rest, whatever their number", () => {
    const years = Array.from({ length: 40 }, (_, index) => String(1980 + index));
    const crowded: TrendChartData = {
      ...turnover,
      series: [
        {
          key: "01-12",
          label: "Full year",
          points: years.flatMap((year) => [
            point(`${year}-01-01`, `${year}-12-31`, "1", "A", true),
            point(`${year}-01-01`, `${year}-12-31`, "2", "B", true),
            point(`${year}-01-01`, `${year}-12-31`, "3", "C", true),
          ]),
        },
      ],
    };
    const notes = trendNotes(crowded);
    expect(notes.filter((note) => note.includes(": sources disagree ("))).toEqual([
      "1980: sources disagree (1 USD bn from A, 2 USD bn from B, 3 USD bn from C); all are shown and the line breaks there.",
      "1981: sources disagree (1 USD bn from A, 2 USD bn from B, 3 USD bn from C); all are shown and the line breaks there.",
      "1982: sources disagree (1 USD bn from A, 2 USD bn from B, 3 USD bn from C); all are shown and the line breaks there.",
    ]);
    expect(notes).toContain("Sources disagree in 37 more periods; the table flags each figure.");
  });

  it("counts across series too: forty routes' series, each with sources disagreeing on one year, or each of another length", () => {
    const series = Array.from({ length: 40 }, (_, index) => ({
      key: `route-${index}`,
      label: `Full year, Route ${index}`,
      points: [point("2025-01-01", "2025-12-31", "1", "A", true), point("2025-01-01", "2025-12-31", "2", "B", true)],
    }));
    const notes = trendNotes({ ...turnover, series });
    expect(notes.filter((note) => note.includes(": sources disagree ("))).toEqual([
      "2025 (Full year, Route 0): sources disagree (1 USD bn from A, 2 USD bn from B); both are shown and the line breaks there.",
      "2025 (Full year, Route 1): sources disagree (1 USD bn from A, 2 USD bn from B); both are shown and the line breaks there.",
      "2025 (Full year, Route 2): sources disagree (1 USD bn from A, 2 USD bn from B); both are shown and the line breaks there.",
    ]);
    expect(notes).toContain("Sources disagree in 37 more periods; the table flags each figure.");
    const partYears = series.map((entry, index) => ({ ...entry, label: `Jan–Sep, Route ${index}` }));
    const separate = trendNotes({ ...turnover, series: partYears }).filter((note) => note.includes("a separate series"));
    expect(separate).toHaveLength(3);
    expect(trendNotes({ ...turnover, series: partYears })).toContain("37 more series of other period lengths are drawn apart too.");
  });

  it("notes the disagreeing sources and the part-year series", () => {
    expect(trendNotes(turnover)).toEqual([
      "2022: sources disagree (4.6 USD bn from UrduPoint, 4.9 USD bn from IntelliNews); both are shown and the line breaks there.",
      "Jan–Sep 2024: a separate series (Jan–Sep), never joined by a line to periods of another length.",
    ]);
  });
});
