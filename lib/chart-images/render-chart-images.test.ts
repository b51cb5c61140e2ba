import { describe, expect, it } from "vitest";
import { all, hasClass, parseSvg, textOf, type Element } from "../../tests/support/parse-svg";
import { routeSummary, trendPoint } from "../../tests/support/chart-fixtures";
import { routeColour } from "../charts/route-colours";
import type { ComparisonValue, RouteComparison, SourceRef, TrendChartData, TrendPoint } from "../data/types";
import { dataLicence } from "../licence/licence";
import { comparisonImageFrame, renderComparisonImage } from "./render-comparison-image";
import { renderSocialCard } from "./render-social-card";
import { renderTrendImage, trendImageFrame } from "./render-trend-image";

// Structured checks of the exported images: each SVG is parsed, then its bars, axes, markers and texts are found by
// what they are, not compared to a stored picture.

const pageUrl = "https://corridor.example.org/metrics/example";
const texts = (svg: Element) => all(svg, (element) => element.name === "text").map(textOf);
const allText = (svg: Element) => texts(svg).join(" ");

function source(publisher: string, date: string | null): SourceRef {
  return { publisher, title: `${publisher} report`, url: null, date, datePrecision: date ? "month" : null };
}
const route = routeSummary;
function value(
  low: string,
  high: string,
  status: "reported" | "claim",
  sources: SourceRef[],
  periodLabels: string[] = [],
): ComparisonValue {
  return {
    low,
    high,
    plotLow: Number(low),
    plotHigh: Number(high),
    unit: "days",
    statuses: [status],
    periodLabels,
    metricNames: ["Transit time"],
    notes: [],
    sources,
    figureIds: [1],
  };
}

const transitTime: RouteComparison = {
  measure: "transit_time",
  title: "Transit time, Russia to India",
  unit: "days",
  rows: [
    {
      route: route("instc-west", "INSTC western route", "instc"),
      value: value("25", "25", "reported", [source("RZD", "2022-07-01")], ["2022"]),
      unlike: [],
    },
    { route: route("instc-east", "INSTC eastern route", "instc"), value: null, unlike: [] },
    {
      route: route("suez", "Suez Canal sea route", "alternative"),
      value: value("45", "60", "claim", [source("Lloyd's List", "2021-03-01")]),
      unlike: [],
    },
  ],
};

describe("renderComparisonImage", () => {
  const svg = parseSvg(renderComparisonImage(transitTime, { pageUrl }));
  const bars = all(svg, (element) => element.name === "g" && hasClass(element, "cw-bar"));
  const bar = (slug: string) => bars.find((element) => element.attributes["data-route"] === slug)!;
  const rects = (element: Element) => all(element, (child) => child.name === "rect");
  // The value axis: its tick lines carry their value as a label beneath; 0 sits at x = 0.
  const widthOf = (element: Element) => Number(element.attributes.width);

  it("is a 1200-wide SVG whose title and description say the finding", () => {
    expect(svg.attributes.width).toBe("1200");
    expect(textOf(all(svg, (element) => element.name === "title")[0]!)).toMatch(/^The INSTC western route is faster: 25 days/);
    expect(textOf(all(svg, (element) => element.name === "desc")[0]!)).toContain("Bar chart: Transit time, Russia to India, in days");
    expect(allText(svg)).toContain("Transit time, Russia to India, in days");
  });

  it("draws a bar only for routes with a figure, in the route's colour, and names the rest", () => {
    expect(bars.map((element) => element.attributes["data-route"])).toEqual(["instc-west", "suez"]);
    expect(rects(bar("instc-west"))[0]!.attributes.fill).toBe(routeColour("instc-west"));
    expect(allText(svg)).toContain("No figure for: INSTC eastern route");
  });

  it("draws a range claim from zero: a hatched bar to its low end, a lighter extension to its high end", () => {
    const [solid, extension] = rects(bar("suez"));
    expect(solid!.attributes.x).toBe("0");
    expect(solid!.attributes.fill).toBe("url(#cw-hatch-suez)");
    expect(all(svg, (element) => element.name === "pattern").map((pattern) => pattern.attributes.id)).toContain("cw-hatch-suez");
    expect(extension!.attributes.class).toBe("cw-range");
    expect(Number(extension!.attributes["fill-opacity"])).toBeLessThan(1);
    expect(Number(extension!.attributes.x)).toBeCloseTo(widthOf(solid!), 1);
    // Lengths in proportion to the values: 45 and 60 days against the reported 25.
    const west = widthOf(rects(bar("instc-west"))[0]!);
    expect(widthOf(solid!) / west).toBeCloseTo(45 / 25, 1);
    expect((widthOf(solid!) + widthOf(extension!)) / west).toBeCloseTo(60 / 25, 1);
    expect(texts(bar("suez"))).toEqual(["45–60 days (claim, as of 2021)"]);
    expect(allText(svg)).toContain("A range: the bar runs to its low end");
  });

  it("carries the legend in words, the sources with their dates, the licence and the page's address", () => {
    const text = allText(svg);
    expect(text).toContain("Reported statistic: solid");
    expect(text).toContain("Claim (not an official statistic): hatched, outlined");
    expect(text).toContain("Sources: RZD, RZD report (as of July 2022); Lloyd's List, Lloyd's List report (as of March 2021).");
    expect(text).toContain(dataLicence.name);
    expect(text).toContain(dataLicence.url);
    expect(text).toContain(pageUrl);
  });
});

function point(year: number, valueText: string, status: TrendPoint["status"], publisher: string, disagrees = false): TrendPoint {
  return trendPoint({
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    x: Date.UTC(year, 6, 2),
    valueText,
    status,
    publisher,
    disagrees,
    sourceDate: `${year + 1}-02-01`,
  });
}

const balance: TrendChartData = {
  metric: { slug: "trade_balance", name: "Trade balance", unit: "USD bn", category: "trade", description: "", figureCount: 6 },
  sisters: [],
  series: [
    {
      key: "year",
      label: "Full year",
      points: [
        point(2019, "6.5", "reported", "Customs"),
        point(2020, "3.2", "reported", "Customs"),
        point(2021, "4.8", "reported", "Customs"),
        point(2022, "2.1", "reported", "Customs", true),
        point(2022, "3.9", "claim", "Ministry", true),
        point(2023, "-4.2", "reported", "Customs"),
      ],
    },
  ],
  undated: [],
  multiYear: [],
  events: [
    {
      id: 1,
      date: "2021-05-01",
      datePrecision: "month",
      title: "Rail link opened",
      route: null,
      status: "happened",
      source: source("RZD", "2021-05-01"),
      metrics: ["trade_balance"],
    },
  ],
};

describe("renderTrendImage", () => {
  const svg = parseSvg(renderTrendImage(balance, { pageUrl }));
  const points = all(svg, (element) => element.name === "g" && hasClass(element, "cw-point"));
  // A round marker's path starts at its left edge, level with its centre.
  const centreY = (element: Element) =>
    Number(/^M[\d.-]+,([\d.-]+) a/.exec(all(element, (child) => child.name === "path")[0]!.attributes.d!)![1]);

  it("spans negative values: a negative tick, and the zero line between the positive and the negative points", () => {
    const zero = all(svg, (element) => element.name === "line" && hasClass(element, "cw-zero"));
    expect(zero).toHaveLength(1);
    const zeroY = Number(zero[0]!.attributes.y1);
    expect(texts(svg).some((text) => /^−\d/.test(text))).toBe(true);
    const negative = points.find((element) => element.attributes["data-value"] === "-4.2")!;
    const positive = points.find((element) => element.attributes["data-value"] === "6.5")!;
    expect(centreY(negative)).toBeGreaterThan(zeroY);
    expect(centreY(positive)).toBeLessThan(zeroY);
    expect(allText(svg)).toContain("Dark line: zero");
  });

  it("draws both disagreeing sources of one period, one shape each, labelled, and breaks the line there", () => {
    const disagreeing = points.filter((element) => ["2.1", "3.9"].includes(element.attributes["data-value"]!));
    expect(disagreeing.map((element) => element.attributes["data-source"])).toEqual(["Customs", "Ministry"]);
    expect(new Set(disagreeing.map((element) => element.attributes["data-shape"])).size).toBe(2);
    expect(disagreeing.flatMap(texts)).toEqual(["Customs", "Ministry"]);
    // The claim is hollow, the statistic filled.
    const fill = (element: Element) => all(element, (child) => child.name === "path")[0]!.attributes.fill;
    expect(fill(disagreeing.find((element) => element.attributes["data-status"] === "claim")!)).toBe("#ffffff");
    expect(fill(disagreeing.find((element) => element.attributes["data-status"] === "reported")!)).not.toBe("#ffffff");
    // One line, 2019–2021: it stops before the disagreeing year and does not reach 2023.
    const lines = all(svg, (element) => element.name === "path" && hasClass(element, "cw-line"));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.attributes.d!.match(/[ML]/g)).toHaveLength(3);
    const legend = allText(svg);
    expect(legend).toContain("Where sources disagree, one shape per source:");
    expect(legend).toContain("2022: sources disagree (2.1 USD bn from Customs, 3.9 USD bn from Ministry)");
  });

  it("numbers its events and lists them, with title, unit, sources, licence and address", () => {
    expect(all(svg, (element) => element.name === "g" && hasClass(element, "cw-event"))).toHaveLength(1);
    const text = allText(svg);
    expect(text).toContain("Event 1: May 2021, Rail link opened.");
    expect(text).toContain("Trade balance, in USD bn");
    expect(text).toContain("Sources: Customs, Customs report (as of February 2020)");
    expect(text).toContain("Ministry, Ministry report (as of February 2023)");
    expect(text).toContain(dataLicence.name);
    expect(text).toContain(pageUrl);
  });
});

const doubling: TrendChartData = {
  ...balance,
  metric: { ...balance.metric, slug: "cargo", name: "Cargo", unit: "m t" },
  events: [],
  series: [
    {
      key: "year",
      label: "Full year",
      points: [
        point(2019, "1", "reported", "Customs"),
        point(2020, "2", "reported", "Customs"),
        point(2021, "4", "reported", "Customs"),
        point(2022, "8", "reported", "Customs", true),
        point(2022, "9", "claim", "Ministry", true),
      ],
    },
  ],
};

describe("renderTrendImage in a reader's view", () => {
  const pointsOf = (svg: Element) => all(svg, (element) => element.name === "g" && hasClass(element, "cw-point"));
  const centreY = (element: Element) =>
    Number(/^M[\d.-]+,([\d.-]+) a/.exec(all(element, (child) => child.name === "path")[0]!.attributes.d!)![1]);

  it("draws a log scale: each doubling the same height apart, and says so under the title", () => {
    const svg = parseSvg(renderTrendImage(doubling, { pageUrl }, { mode: "absolute", scale: "log", hide: ["Ministry"] }));
    const ys = ["1", "2", "4", "8"].map((value) => centreY(pointsOf(svg).find((element) => element.attributes["data-value"] === value)!));
    const steps = ys.slice(1).map((y, index) => ys[index]! - y);
    for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 0);
    expect(steps[0]).toBeGreaterThan(20);
    // The hidden source is not drawn, and the subtitle names the view.
    expect(pointsOf(svg).map((element) => element.attributes["data-source"])).not.toContain("Ministry");
    expect(allText(svg)).toContain("Cargo, in m t; log scale; not shown: Ministry");
    expect(all(svg, (element) => element.name === "line" && hasClass(element, "cw-zero"))).toHaveLength(0);
  });

  it("draws an index from the first year shown, with its base line, and keeps the title in the figures' unit", () => {
    const svg = parseSvg(renderTrendImage(doubling, { pageUrl }, { since: 2020, mode: "indexed", scale: "linear", hide: ["Ministry"] }));
    expect(pointsOf(svg).map((element) => element.attributes["data-value"])).toEqual(["100.0", "200.0", "400.0"]);
    expect(all(svg, (element) => element.name === "line" && hasClass(element, "cw-index-base"))).toHaveLength(1);
    const text = allText(svg);
    expect(text).toContain("Cargo, in m t; from 2020; index, first period shown = 100 (from m t); not shown: Ministry");
    expect(textOf(all(svg, (element) => element.name === "title")[0]!)).toBe("Cargo rose from 2 m t in 2020 to 8 in 2022");
    // Years before the view are neither drawn nor labelled.
    expect(texts(svg)).not.toContain("2019");
  });

  it("says where the data refuses the view (a log scale of values below zero)", () => {
    const svg = parseSvg(renderTrendImage(balance, { pageUrl }, { mode: "absolute", scale: "log", hide: [] }));
    expect(allText(svg)).toContain("Drawn on a linear scale: a log scale cannot place values at or below zero");
    expect(all(svg, (element) => element.name === "line" && hasClass(element, "cw-zero"))).toHaveLength(1);
  });
});

describe("a trend of one figure is a tile, not a chart with one dot", () => {
  const one: TrendChartData = {
    ...doubling,
    series: [{ key: "h1", label: "First half", points: [{ ...point(2024, "4.9", "claim", "IRNA"), periodEnd: "2024-06-30" }] }],
  };

  it("shows the value with its unit, the period, the status, the source and its date", () => {
    const svg = parseSvg(renderTrendImage(one, { pageUrl }));
    expect(all(svg, (element) => element.name === "g" && hasClass(element, "cw-point"))).toHaveLength(0);
    const part = (name: string) => texts(all(svg, (element) => element.name === "g" && hasClass(element, name))[0]!).join(" ");
    expect(part("cw-tile-value")).toBe("4.9 m t");
    expect(part("cw-tile-period")).toBe("H1 2024 · claim (not an official statistic)");
    expect(part("cw-tile-source")).toBe("Source: IRNA, IRNA report (as of February 2025)");
    expect(allText(svg)).toContain("The only figure with a period so far, so there is no trend to draw.");
    // No legend of markers and lines for a drawing that has none.
    expect(allText(svg)).not.toContain("Filled marker");
  });

  it("is what a view of one year of a longer trend shows", () => {
    const svg = parseSvg(
      renderTrendImage(doubling, { pageUrl }, { since: 2021, until: 2021, mode: "absolute", scale: "linear", hide: [] }),
    );
    expect(texts(all(svg, (element) => element.name === "g" && hasClass(element, "cw-tile-value"))[0]!)).toEqual(["4 m t"]);
    expect(allText(svg)).toContain("Cargo, in m t; 2021 only");
  });
});

describe("renderSocialCard", () => {
  it("is 1200 × 630 with the site's name, the title, the drawing, the sources and the page's address", () => {
    for (const frame of [comparisonImageFrame(transitTime), trendImageFrame(balance)]) {
      const svg = parseSvg(renderSocialCard(frame, { pageUrl }));
      expect([svg.attributes.width, svg.attributes.height]).toEqual(["1200", "630"]);
      const part = (name: string) => all(svg, (element) => element.name === "g" && hasClass(element, name))[0]!;
      expect(texts(part("cw-site"))).toEqual(["Corridor Watch"]);
      // Each line is a <tspan>; read without the line breaks, the title is the frame's finding, whole.
      expect(texts(part("cw-title")).join("").replace(/\s/g, "")).toBe(frame.title.replace(/\s/g, ""));
      expect(texts(part("cw-sources")).join(" ")).toMatch(/^Sources: .+\(as of /);
      expect(texts(part("cw-url")).join(" ")).toContain("corridor.example.org/metrics/example");
      // The legend's pictured entries (series, statuses), as many as one row holds.
      expect(texts(part("cw-legend"))[0]).toBe(frame.legend.find((item) => item.swatch)!.text);
      // The drawing sits between the title and the sources.
      const chart = part("cw-chart");
      const top = Number(/translate\([\d.]+,([\d.]+)\)/.exec(chart.attributes.transform!)![1]);
      const sourcesTop = Number(all(part("cw-sources"), (element) => element.name === "text")[0]!.attributes.y);
      const scale = Number(/scale\(([\d.]+)\)/.exec(chart.attributes.transform!)?.[1] ?? 1);
      expect(top + frame.body(1128).height * Math.min(1, scale)).toBeLessThan(sourcesTop + 4);
    }
  });

  it("cuts a long title to two lines, ending in an ellipsis", () => {
    const long = { ...comparisonImageFrame(transitTime), title: "A finding that goes on ".repeat(12).trim() };
    const title = all(parseSvg(renderSocialCard(long, { pageUrl })), (element) => hasClass(element, "cw-title"))[0]!;
    const secondLines = all(title, (element) => element.name === "tspan");
    expect(secondLines).toHaveLength(1);
    expect(textOf(secondLines[0]!)).toMatch(/^[\w ]+\w…$/);
  });
});
