import { readFileSync } from "node:fs";
import path from "node:path";
import { FigureInputSchema } from "../admin/figure-input";
import { describe, expect, it } from "vitest";
import { parseSeedData, SeedDataError, type SeedFiles } from "./parse-seed-data";

type Row = { [column: string]: string };

const routeColumns = ["slug", "name", "kind", "modes", "via", "description"];
const metricColumns = ["slug", "name", "unit", "category", "description"];
const factColumns = [
  "metric",
  "route",
  "subject",
  "value",
  "unit",
  "period_start",
  "period_end",
  "period_label",
  "status",
  "source_publisher",
  "source_title_or_id",
  "source_url",
  "source_date",
  "note",
];
const eventColumns = [
  "date",
  "date_precision",
  "title",
  "route",
  "status",
  "source_publisher",
  "source_title_or_id",
  "source_url",
  "source_date",
];

function cell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(columns: readonly string[], row: Row): string {
  return columns.map((column) => cell(row[column] ?? "")).join(",");
}

function csv(columns: readonly string[], rows: readonly Row[]): string {
  return [columns.map(cell).join(","), ...rows.map((row) => csvLine(columns, row))].join("\n") + "\n";
}

const routeA: Row = {
  slug: "instc-west",
  name: "INSTC western route",
  kind: "instc",
  modes: "rail;road",
  via: "Russia–Azerbaijan–Iran",
  description: "Overland branch through Azerbaijan.",
};
const routeB: Row = {
  slug: "instc-caspian",
  name: "INSTC Trans-Caspian route",
  kind: "instc",
  modes: "sea; rail",
  via: "Caspian ports",
  description: "Sea leg across the Caspian, then rail or road south.",
};
const routeC: Row = {
  slug: "suez",
  name: "Suez Canal sea route",
  kind: "alternative",
  modes: "sea",
  via: "Baltic–Mediterranean–Suez",
  description: "All-sea route.",
};

const growthMetric: Row = {
  slug: "trade_growth",
  name: "Trade growth",
  unit: "percent",
  category: "trade",
  description: "Change against the same period a year earlier.",
};
const turnoverMetric: Row = {
  slug: "trade_turnover",
  name: "Trade turnover",
  unit: "USD bn",
  category: "trade",
  description: "Value of all goods traded.",
};

const growthFact: Row = {
  metric: "trade_growth",
  route: "",
  subject: "Russia–Iran",
  value: "48",
  unit: "percent",
  period_start: "2024-01-01",
  period_end: "2024-04-30",
  period_label: "Jan–Apr 2024 vs Jan–Apr 2023",
  status: "reported",
  source_publisher: "CEPA",
  source_title_or_id: "Founding article, with a comma",
  source_url: "",
  source_date: "2024",
  note: "",
};
const turnoverFact: Row = {
  metric: "trade_turnover",
  route: "instc-west",
  subject: "Russia–Iran",
  value: "4.0",
  unit: "USD bn",
  period_start: "",
  period_end: "",
  period_label: "",
  status: "claim",
  source_publisher: "IFP News",
  source_title_or_id: "Iran-Russia trade",
  source_url: "https://ifpnews.com/iran-russia-trade/",
  source_date: "2024-03",
  note: "A note.",
};

const planEvent: Row = {
  date: "2023-05-17",
  date_precision: "day",
  title: "Railway agreement signed",
  route: "instc-west",
  status: "happened",
  source_publisher: "TASS",
  source_title_or_id: "tass.com/economy/1618779",
  source_url: "https://tass.com/economy/1618779",
  source_date: "2023-05-17",
};
const vagueEvent: Row = {
  date: "2023-01-01",
  date_precision: "month",
  title: "Something in early 2023",
  route: "",
  status: "planned",
  source_publisher: "CEPA",
  source_title_or_id: "founding article",
  source_url: "",
  source_date: "",
};

type Sets = { routes?: Row[]; metrics?: Row[]; facts?: Row[]; events?: Row[] };

function files(sets: Sets = {}): SeedFiles {
  return {
    routes: csv(routeColumns, sets.routes ?? [routeA, routeB, routeC]),
    metrics: csv(metricColumns, sets.metrics ?? [growthMetric, turnoverMetric]),
    facts: csv(factColumns, sets.facts ?? [growthFact, turnoverFact]),
    events: csv(eventColumns, sets.events ?? [planEvent, vagueEvent]),
  };
}

function seedError(input: SeedFiles): SeedDataError {
  try {
    parseSeedData(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedDataError);
    return error as SeedDataError;
  }
  throw new Error("parseSeedData accepted data it should have rejected");
}

describe("parseSeedData on a good set", () => {
  const data = parseSeedData(files());

  it("reads every row of every file", () => {
    expect(data.routes).toHaveLength(3);
    expect(data.metrics).toHaveLength(2);
    expect(data.figures).toHaveLength(2);
    expect(data.events).toHaveLength(2);
  });

  it("gives routes a position by their order in the file and splits modes on ';'", () => {
    expect(data.routes).toEqual([
      { ...routeA, modes: ["rail", "road"], position: 1, nodes: [] },
      { ...routeB, modes: ["sea", "rail"], position: 2, nodes: [] },
      { ...routeC, modes: ["sea"], position: 3, nodes: [] },
    ]);
  });

  it("reads metrics as they are, with no look-alikes unless a file names them", () => {
    expect(data.metrics).toEqual(
      [growthMetric, turnoverMetric].map((metric) => ({
        ...metric,
        lookalikes: "",
        featured: null,
        overviewTrend: null,
        progressAgainst: "",
        cardMetrics: "",
      })),
    );
  });

  it("gives each metric's headline card what metric-cards.csv names, and refuses what the metric form would", () => {
    const cards = (text: string) => parseSeedData({ ...files(), metricCards: `metric,progress_against,card_metrics\n${text}` });
    expect(
      cards("trade_growth,,trade_turnover\n").metrics.map((metric) => [metric.slug, metric.progressAgainst, metric.cardMetrics]),
    ).toEqual([
      ["trade_growth", "", "trade_turnover"],
      ["trade_turnover", "", ""],
    ]);
    expect(() => cards("trade_growth,trade_turnover,\n")).toThrow(
      "metric-cards.csv line 2: trade_growth and trade_turnover are counted in different units",
    );
    expect(() => cards("trade_growth,,trade_growth\n")).toThrow(
      "metric-cards.csv line 2: trade_growth's card cannot name trade_growth again",
    );
    expect(() => cards("trade_growth,,trade_turnover trade_turnover\n")).toThrow("metric-cards.csv line 2: a metric is named twice");
    expect(() => cards("trade_growth,,no_such_metric\n")).toThrow('metric-cards.csv line 2: unknown metric "no_such_metric"');
    expect(() => cards("trade_growth,,\ntrade_growth,,\n")).toThrow("metric-cards.csv line 3: trade_growth is listed twice");
  });

  it("gives each metric its place on the overview from metric-featured.csv, and refuses unknown metrics and places taken twice", () => {
    const featured = parseSeedData({ ...files(), metricFeatured: "metric,featured\ntrade_turnover,1\ntrade_growth,2\n" });
    expect(featured.metrics.map((metric) => [metric.slug, metric.featured])).toEqual([
      ["trade_growth", 2],
      ["trade_turnover", 1],
    ]);
    expect(() => parseSeedData({ ...files(), metricFeatured: "metric,featured\nno_such_metric,1\n" })).toThrow(
      'metric-featured.csv line 2: unknown metric "no_such_metric"',
    );
    expect(() => parseSeedData({ ...files(), metricFeatured: "metric,featured\ntrade_growth,1\ntrade_turnover,1\n" })).toThrow(
      "metric-featured.csv line 3: place 1 is already trade_growth's",
    );
    expect(() => parseSeedData({ ...files(), metricFeatured: "metric,featured\ntrade_growth,0\n" })).toThrow(
      /metric-featured\.csv line 2.*1 to 99/,
    );
  });

  it("gives each metric its place among the overview's trends from metric-trends.csv, with the same checks", () => {
    const trends = parseSeedData({ ...files(), metricTrends: "metric,trend\ntrade_turnover,1\n" });
    expect(trends.metrics.map((metric) => [metric.slug, metric.overviewTrend, metric.featured])).toEqual([
      ["trade_growth", null, null],
      ["trade_turnover", 1, null],
    ]);
    expect(() => parseSeedData({ ...files(), metricTrends: "metric,trend\nno_such_metric,1\n" })).toThrow(
      'metric-trends.csv line 2: unknown metric "no_such_metric"',
    );
    expect(() => parseSeedData({ ...files(), metricTrends: "metric,trend\ntrade_growth,1\ntrade_growth,2\n" })).toThrow(
      "metric-trends.csv line 3: trade_growth is listed twice",
    );
    expect(() => parseSeedData({ ...files(), metricTrends: "metric,trend\ntrade_growth,100\n" })).toThrow(
      /metric-trends\.csv line 2, column trend: must be a whole number from 1 to 99/,
    );
    expect(() => parseSeedData({ ...files(), metricTrends: "metric,featured\ntrade_growth,1\n" })).toThrow(/metric-trends\.csv/);
  });

  it("gives each metric the look-alikes metric-lookalikes.csv names, as the metric form stores them", () => {
    const lookalikes = "metric,lookalike,difference\ntrade_growth,trade_turnover,A change in percent; the other is a value.\n";
    const withLookalikes = parseSeedData({ ...files(), metricLookalikes: lookalikes });
    expect(withLookalikes.metrics.map((metric) => [metric.slug, metric.lookalikes])).toEqual([
      ["trade_growth", "trade_turnover: A change in percent; the other is a value."],
      ["trade_turnover", ""],
    ]);
  });

  it.each([
    ["trade_growth,no_such_metric,x", 'metric-lookalikes.csv line 2: unknown metric "no_such_metric"'],
    ["trade_growth,trade_growth,x", "metric-lookalikes.csv line 2: a metric cannot be its own look-alike"],
    [
      "trade_growth,trade_turnover,x\ntrade_growth,trade_turnover,y",
      "metric-lookalikes.csv line 3: trade_growth and trade_turnover are paired twice",
    ],
    ["trade_growth,trade_turnover,", "metric-lookalikes.csv line 2, column difference: is required"],
  ])("refuses the look-alike row %j", (row, message) => {
    expect(seedError({ ...files(), metricLookalikes: `metric,lookalike,difference\n${row}\n` }).message).toBe(message);
  });

  const nodesHeader = "route,seq,name,country,kind,lat,lon,to_next,note";
  it("gives each route the nodes route-nodes.csv lists, in order, by the route form's rule", () => {
    const routeNodes = `${nodesHeader}\ninstc-west,1,Astara (Iran),Iran,terminal,38.43,48.87,missing,Gap\ninstc-west,2,Rasht,Iran,city,37.3,49.58,,\n`;
    const [west, caspian] = parseSeedData({ ...files(), routeNodes }).routes;
    expect(west!.nodes).toEqual([
      { name: "Astara (Iran)", country: "Iran", kind: "terminal", latitude: "38.43", longitude: "48.87", toNext: "missing", note: "Gap" },
      { name: "Rasht", country: "Iran", kind: "city", latitude: "37.30", longitude: "49.58", toNext: null, note: "" },
    ]);
    expect(caspian!.nodes).toEqual([]);
  });

  it.each([
    ["no-such-route,1,A,X,port,1,2,sea,\nno-such-route,2,B,Y,port,1,2,,", 'route-nodes.csv line 2: unknown route "no-such-route"'],
    ["instc-west,1,A,X,port,1,2,sea,\ninstc-west,3,B,Y,port,1,2,,", "route-nodes.csv line 3: instc-west's node 3 should be 2"],
    [
      "instc-west,1,A,X,port,91,2,sea,\ninstc-west,2,B,Y,port,1,2,,",
      "route-nodes.csv, route instc-west: Line 1: latitude must be a number from −90 to 90 with at most two decimals, such as 38.43",
    ],
    [
      "instc-west,1,A,X,port,1,2,sea,",
      "route-nodes.csv, route instc-west: Line 1 is the last node: it has no leg to a next one, so leave the leg blank; Give at least two nodes (where the route starts and where it ends), or none to leave the route off the map",
    ],
  ])("refuses the node rows %j", (rows, message) => {
    expect(seedError({ ...files(), routeNodes: `${nodesHeader}\n${rows}\n` }).message).toBe(message);
  });

  it("reads a full figure", () => {
    const [growth] = data.figures;
    expect(growth).toEqual({
      seedKey: expect.stringMatching(/^fact:[0-9a-f]{24}$/),
      file: "facts.csv",
      line: 2,
      metric: "trade_growth",
      route: null,
      subject: "Russia–Iran",
      value: "48",
      unit: "percent",
      periodStart: new Date(Date.UTC(2024, 0, 1)),
      periodEnd: new Date(Date.UTC(2024, 3, 30)),
      periodLabel: "Jan–Apr 2024 vs Jan–Apr 2023",
      status: "reported",
      source: {
        publisher: "CEPA",
        title: "Founding article, with a comma",
        url: null,
        date: new Date(Date.UTC(2024, 0, 1)),
        datePrecision: "year",
      },
      note: null,
    });
  });

  it("turns blank cells into null, never zero or an empty string", () => {
    const turnover = data.figures[1]!;
    expect(turnover.periodStart).toBeNull();
    expect(turnover.periodEnd).toBeNull();
    expect(turnover.periodLabel).toBeNull();
    const growth = data.figures[0]!;
    expect(growth.route).toBeNull();
    expect(growth.note).toBeNull();
    expect(growth.source.url).toBeNull();
    const vague = data.events[1]!;
    expect(vague.route).toBeNull();
    expect(vague.source.url).toBeNull();
    expect(vague.source.date).toBeNull();
    expect(vague.source.datePrecision).toBeNull();
  });

  it("keeps the value as the exact text the source gave", () => {
    expect(data.figures[1]!.value).toBe("4.0");
  });

  it.each([
    ["2024", new Date(Date.UTC(2024, 0, 1)), "year"],
    ["2024-03", new Date(Date.UTC(2024, 2, 1)), "month"],
    ["2024-03-15", new Date(Date.UTC(2024, 2, 15)), "day"],
  ])("reads source_date %j as %o at %s precision", (sourceDate, date, precision) => {
    const [figure] = parseSeedData(files({ facts: [{ ...growthFact, source_date: sourceDate }] })).figures;
    expect(figure!.source.date).toEqual(date);
    expect(figure!.source.datePrecision).toBe(precision);
  });

  it.each(["-50", "0", "0.972", "4.03", "814000", "12345678901234567890.123456789"])("keeps the value %j exactly", (value) => {
    const [figure] = parseSeedData(files({ facts: [{ ...growthFact, value }] })).figures;
    expect(figure!.value).toBe(value);
  });

  it("reads the rest of a figure: route, status, source url and note", () => {
    const turnover = data.figures[1]!;
    expect(turnover).toMatchObject({
      line: 3,
      metric: "trade_turnover",
      route: "instc-west",
      status: "claim",
      note: "A note.",
      source: {
        publisher: "IFP News",
        title: "Iran-Russia trade",
        url: "https://ifpnews.com/iran-russia-trade/",
        date: new Date(Date.UTC(2024, 2, 1)),
        datePrecision: "month",
      },
    });
  });

  it("reads events", () => {
    expect(data.events).toEqual([
      {
        seedKey: expect.stringMatching(/^event:[0-9a-f]{24}$/),
        line: 2,
        date: new Date(Date.UTC(2023, 4, 17)),
        datePrecision: "day",
        title: "Railway agreement signed",
        route: "instc-west",
        status: "happened",
        source: {
          publisher: "TASS",
          title: "tass.com/economy/1618779",
          url: "https://tass.com/economy/1618779",
          date: new Date(Date.UTC(2023, 4, 17)),
          datePrecision: "day",
        },
        metrics: [],
      },
      {
        seedKey: expect.stringMatching(/^event:[0-9a-f]{24}$/),
        line: 3,
        date: new Date(Date.UTC(2023, 0, 1)),
        datePrecision: "month",
        title: "Something in early 2023",
        route: null,
        status: "planned",
        source: { publisher: "CEPA", title: "founding article", url: null, date: null, datePrecision: null },
        metrics: [],
      },
    ]);
  });

  it("reads a file with a byte-order mark and CRLF line ends", () => {
    const input = files();
    const crlf = { ...input, facts: "\uFEFF" + input.facts.replaceAll("\n", "\r\n") };
    expect(parseSeedData(crlf).figures).toEqual(data.figures);
  });

  it("reads files that hold only their header as empty", () => {
    const parsed = parseSeedData({
      routes: csv(routeColumns, []),
      metrics: csv(metricColumns, []),
      facts: csv(factColumns, []),
      events: csv(eventColumns, []),
    });
    expect(parsed).toEqual({ routes: [], metrics: [], figures: [], events: [], corrections: [] });
  });
});

describe("parseSeedData rejects bad facts with file, line and column", () => {
  // The bad row is the second data row, so it sits on line 3.
  const withBadFact = (changes: Row) => files({ facts: [growthFact, { ...turnoverFact, ...changes }] });

  it.each([
    ["a decimal comma", { value: "4,9" }, "value"],
    ["letters", { value: "abc" }, "value"],
    ["a blank value", { value: "" }, "value"],
    ["exponent notation", { value: "1e3" }, "value"],
    ["a leading plus", { value: "+4" }, "value"],
    ["a bare point", { value: "4." }, "value"],
    ["a leading space", { value: " 4.9" }, "value"],
    ["period_end before period_start", { period_start: "2024-04-30", period_end: "2024-01-01" }, "period_end"],
    ["an impossible period_start", { period_start: "2023-02-30" }, "period_start"],
    ["an impossible period_end", { period_start: "", period_end: "2024-06-31" }, "period_end"],
    ["a month-only period_start", { period_start: "2024-03" }, "period_start"],
    ["an impossible source_date", { source_date: "2024-13" }, "source_date"],
    ["a source_url that is not a URL", { source_url: "not a url" }, "source_url"],
    ["a source_url with no scheme", { source_url: "tass.com/economy/1618779" }, "source_url"],
    ["a source_url with a mistyped scheme", { source_url: "htps://tass.com/economy/1618779" }, "source_url"],
    ["a javascript: source_url", { source_url: "javascript:alert(1)" }, "source_url"],
    ["an unknown status", { status: "rumour" }, "status"],
    ["a blank subject", { subject: "" }, "subject"],
    ["a blank source_publisher", { source_publisher: "" }, "source_publisher"],
    ["a metric that is not a slug", { metric: "Trade Growth" }, "metric"],
  ])("%s", (_case, changes, column) => {
    const error = seedError(withBadFact(changes));
    expect(error.message).toMatch(new RegExp(`^facts\\.csv line 3, column ${column}: `));
  });

  // One rule per field: what the seed accepts as a value or a source address, the admin form and the CSV import
  // (FigureInputSchema) accept too, and the other way round.
  it.each(["4.03", "-50", "0.972", "007", "1.", ".5", "+3", "1".repeat(21), "1e3"])(
    "accepts the value %j exactly when the figure form does",
    (value) => {
      const formAccepts = FigureInputSchema.shape.value.safeParse(value).success;
      const seedAccepts = (() => {
        try {
          parseSeedData(withBadFact({ value }));
          return true;
        } catch {
          return false;
        }
      })();
      expect(seedAccepts).toBe(formAccepts);
    },
  );

  it.each([
    "https://example.org/a",
    "http://example.org",
    "https://localhost",
    "htps://example.org",
    "https://exa mple.org",
    "ftp://example.org",
  ])("accepts the source URL %j exactly when the figure form does", (url) => {
    const formAccepts = FigureInputSchema.shape.sourceUrl.safeParse(url).success;
    const seedAccepts = (() => {
      try {
        parseSeedData(withBadFact({ source_url: url }));
        return true;
      } catch {
        return false;
      }
    })();
    expect(seedAccepts).toBe(formAccepts);
  });

  it("says why a value is rejected", () => {
    expect(seedError(withBadFact({ value: "4,9" })).message).toContain("must be a decimal number");
  });

  it("says why a period is rejected", () => {
    expect(seedError(withBadFact({ period_start: "2024-04-30", period_end: "2024-01-01" })).message).toContain(
      "period_end is before period_start",
    );
  });

  it("names the impossible date", () => {
    expect(seedError(withBadFact({ period_start: "2023-02-30" })).message).toContain('"2023-02-30"');
  });

  it("accepts a one-day period", () => {
    const parsed = parseSeedData(withBadFact({ period_start: "2024-03-01", period_end: "2024-03-01" }));
    expect(parsed.figures[1]!.periodEnd).toEqual(new Date(Date.UTC(2024, 2, 1)));
  });

  it("rejects an unknown metric", () => {
    expect(seedError(withBadFact({ metric: "no_such_metric" })).message).toBe('facts.csv line 3: unknown metric "no_such_metric"');
  });

  it("rejects a unit that differs from the metric's unit", () => {
    expect(seedError(withBadFact({ unit: "USD m" })).message).toBe(
      'facts.csv line 3: unit "USD m" differs from metric trade_turnover\'s "USD bn"',
    );
  });

  it("rejects an unknown route", () => {
    expect(seedError(withBadFact({ route: "no-such-route" })).message).toBe('facts.csv line 3: unknown route "no-such-route"');
  });

  it("counts blank lines when it names the line", () => {
    const facts = csv(factColumns, [growthFact]) + "\n\n" + csvLine(factColumns, { ...turnoverFact, value: "abc" }) + "\n";
    expect(seedError({ ...files(), facts }).message).toMatch(/^facts\.csv line 5, column value: /);
  });
});

describe("parseSeedData rejects bad routes, metrics and events", () => {
  it.each([
    ["routes.csv", { routes: [routeA, { ...routeB, kind: "canal" }] }, /^routes\.csv line 3, column kind: /],
    ["routes.csv", { routes: [routeA, { ...routeB, slug: "INSTC West" }] }, /^routes\.csv line 3, column slug: /],
    ["routes.csv", { routes: [routeA, { ...routeB, modes: "" }] }, /^routes\.csv line 3, column modes: /],
    ["metrics.csv", { metrics: [growthMetric, { ...turnoverMetric, category: "money" }] }, /^metrics\.csv line 3, column category: /],
    ["metrics.csv", { metrics: [growthMetric, { ...turnoverMetric, unit: "" }] }, /^metrics\.csv line 3, column unit: /],
    ["events.csv", { events: [planEvent, { ...vagueEvent, date: "2023-02-29" }] }, /^events\.csv line 3, column date: /],
    ["events.csv", { events: [planEvent, { ...vagueEvent, date: "2023-01" }] }, /^events\.csv line 3, column date: /],
    ["events.csv", { events: [planEvent, { ...vagueEvent, date_precision: "week" }] }, /^events\.csv line 3, column date_precision: /],
    ["events.csv", { events: [planEvent, { ...vagueEvent, status: "rumoured" }] }, /^events\.csv line 3, column status: /],
    ["events.csv", { events: [planEvent, { ...vagueEvent, source_url: "not a url" }] }, /^events\.csv line 3, column source_url: /],
    ["events.csv", { events: [planEvent, { ...vagueEvent, source_date: "2023-02-30" }] }, /^events\.csv line 3, column source_date: /],
    ["events.csv", { events: [planEvent, { ...vagueEvent, route: "nowhere" }] }, /^events\.csv line 3: unknown route "nowhere"$/],
  ])("%s: %o", (_file, sets, expected) => {
    expect(seedError(files(sets)).message).toMatch(expected);
  });
});

describe("parseSeedData rejects a file with a missing column", () => {
  const without = (columns: string[], missing: string) => columns.filter((column) => column !== missing);

  it.each([
    ["routes.csv", "via"],
    ["metrics.csv", "unit"],
    ["facts.csv", "value"],
    ["facts.csv", "metric"],
    ["events.csv", "title"],
  ] as const)("%s without %s", (file, missing) => {
    const input = files();
    const broken: SeedFiles = {
      ...input,
      routes: file === "routes.csv" ? csv(without(routeColumns, missing), [routeA]) : input.routes,
      metrics: file === "metrics.csv" ? csv(without(metricColumns, missing), [growthMetric]) : input.metrics,
      facts: file === "facts.csv" ? csv(without(factColumns, missing), [growthFact]) : input.facts,
      events: file === "events.csv" ? csv(without(eventColumns, missing), [planEvent]) : input.events,
    };
    expect(seedError(broken).message).toBe(`${file}: missing column(s) ${missing}`);
  });

  it("reports every required column of an empty file as missing", () => {
    expect(seedError({ ...files(), facts: "" }).message).toBe("facts.csv: missing column(s) metric, value, unit");
  });

  it("lists every missing column", () => {
    const facts = csv(
      factColumns.filter((column) => column !== "value" && column !== "unit"),
      [growthFact],
    );
    expect(seedError({ ...files(), facts }).message).toBe("facts.csv: missing column(s) value, unit");
  });

  it("names the line and column of any other missing fact column", () => {
    const facts = csv(
      factColumns.filter((column) => column !== "subject"),
      [growthFact],
    );
    expect(seedError({ ...files(), facts }).message).toMatch(/^facts\.csv line 2, column subject: /);
  });
});

describe("seed keys", () => {
  it("reject a row repeated exactly, which the seed would otherwise load once", () => {
    expect(seedError(files({ facts: [growthFact, turnoverFact, growthFact] })).message).toBe("facts.csv line 4 repeats line 2 exactly");
    expect(seedError(files({ events: [planEvent, planEvent] })).message).toBe("events.csv line 3 repeats line 2 exactly");
  });

  it("are the same for the same row wherever it sits in the file", () => {
    const first = parseSeedData(files({ facts: [turnoverFact, growthFact] }));
    const second = parseSeedData(files({ facts: [growthFact, turnoverFact] }));
    expect(first.figures[0]!.line).toBe(2);
    expect(second.figures[1]!.line).toBe(3);
    expect(first.figures[0]!.seedKey).toBe(second.figures[1]!.seedKey);
    expect(first.figures[1]!.seedKey).toBe(second.figures[0]!.seedKey);
  });

  it("are the same for the same event wherever it sits in the file", () => {
    const first = parseSeedData(files({ events: [planEvent, vagueEvent] }));
    const second = parseSeedData(files({ events: [vagueEvent, planEvent] }));
    expect(first.events[0]!.seedKey).toBe(second.events[1]!.seedKey);
  });

  it("differ for different rows", () => {
    const { figures, events } = parseSeedData(files());
    expect(figures[0]!.seedKey).not.toBe(figures[1]!.seedKey);
    expect(events[0]!.seedKey).not.toBe(events[1]!.seedKey);
  });

  it.each([
    ["route", "suez"],
    ["subject", "Iran–Russia"],
    ["value", "48.0"],
    ["period_start", "2024-01-02"],
    ["period_end", "2024-04-29"],
    ["period_label", ""],
    ["status", "claim"],
    ["source_publisher", "News.az"],
    ["source_title_or_id", "Another title"],
    ["source_url", "https://example.com/"],
    ["source_date", "2024-05"],
    ["note", "A note."],
  ])("change when only %s changes (to %j)", (column, text) => {
    const [before] = parseSeedData(files({ facts: [growthFact] })).figures;
    const [after] = parseSeedData(files({ facts: [{ ...growthFact, [column]: text }] })).figures;
    expect(after!.seedKey).not.toBe(before!.seedKey);
  });

  it("change when the metric changes", () => {
    const [before] = parseSeedData(files({ facts: [turnoverFact] })).figures;
    const [after] = parseSeedData(files({ facts: [{ ...turnoverFact, metric: "trade_growth", unit: "percent" }] })).figures;
    expect(after!.seedKey).not.toBe(before!.seedKey);
  });

  it("differ between a fact and an event", () => {
    const { figures, events } = parseSeedData(files());
    expect(figures.every((figure) => figure.seedKey.startsWith("fact:"))).toBe(true);
    expect(events.every((event) => event.seedKey.startsWith("event:"))).toBe(true);
  });
});

describe("parseSeedData reads corrections of seed rows", () => {
  const corrected = { ...turnoverFact, route: "instc-caspian", note: "Moved to the Caspian route." };
  const correction = (entry: object) => JSON.stringify([{ file: "facts.csv", reason: "Route corrected.", ...entry }]);
  const withCorrection = (entry: object, facts = [growthFact, corrected]) => ({
    ...files({ routes: [routeA, routeB, routeC], facts }),
    corrections: correction(entry),
  });

  it("keys the old row as a database filled from it holds it, and the new row as the file does", () => {
    const old = parseSeedData(files({ facts: [growthFact, turnoverFact] })).figures[1]!;
    // Key order in the JSON does not matter: the old row is keyed in the header's column order.
    const was = Object.fromEntries(Object.entries(turnoverFact).reverse());
    const data = parseSeedData(withCorrection({ was, now: { route: "instc-caspian", note: "Moved to the Caspian route." } }));
    expect(data.corrections).toHaveLength(1);
    expect(data.corrections[0]!.was.seedKey).toBe(old.seedKey);
    expect(data.corrections[0]!.now.seedKey).toBe(data.figures[1]!.seedKey);
    expect(data.corrections[0]!.reason).toBe("Route corrected.");
  });

  it.each([
    ["the corrected row is missing", { was: turnoverFact, now: { route: "suez" } }, undefined, /the corrected row is not in facts\.csv/],
    [
      "the old row is still there",
      { was: turnoverFact, now: { route: "instc-caspian", note: "Moved to the Caspian route." } },
      [turnoverFact, corrected],
      /the old row is still in facts\.csv/,
    ],
    ["the old row lacks a column", { was: { ...turnoverFact, note: undefined }, now: {} }, undefined, /"was" lacks column\(s\) note/],
    ["a column is unknown", { was: turnoverFact, now: { colour: "red" } }, undefined, /unknown column\(s\) colour/],
    ["the old row is not a valid row", { was: { ...turnoverFact, value: "four" }, now: {} }, undefined, /column value: must be a decimal/],
  ])("stops when %s", (_case, entry, facts, message) => {
    expect(seedError(withCorrection(entry, facts)).message).toMatch(message);
  });

  it("stops on a file that is not JSON, or not a list of corrections", () => {
    expect(seedError({ ...files(), corrections: "[{" }).message).toMatch(/^corrections\.json: /);
    expect(seedError({ ...files(), corrections: '[{"file":"events.csv"}]' }).message).toMatch(/^corrections\.json, at 0\.file: /);
  });
});

describe("event-metrics.csv", () => {
  const linkColumns = ["date", "title", "metrics"];
  const withLinks = (...rows: Row[]): SeedFiles => ({ ...files(), eventMetrics: csv(linkColumns, rows) });
  const planLink = { date: "2023-05-17", title: "Railway agreement signed", metrics: "trade_turnover trade_growth" };

  it("links an event, matched by date and title, to its metrics (sorted); events it does not name get none", () => {
    const { events } = parseSeedData(withLinks(planLink));
    expect(events.map((event) => [event.title, event.metrics])).toEqual([
      ["Railway agreement signed", ["trade_growth", "trade_turnover"]],
      ["Something in early 2023", []],
    ]);
  });

  it("leaves the events' seed keys as they are without it (the links are not part of events.csv's rows)", () => {
    expect(parseSeedData(withLinks(planLink)).events.map((event) => event.seedKey)).toEqual(
      parseSeedData(files()).events.map((event) => event.seedKey),
    );
  });

  it.each([
    [
      "another date",
      { ...planLink, date: "2023-05-18" },
      'event-metrics.csv line 2: no event in events.csv has date 2023-05-18 and title "Railway agreement signed"',
    ],
    [
      "a title that only starts the same",
      { ...planLink, title: "Railway agreement" },
      'event-metrics.csv line 2: no event in events.csv has date 2023-05-17 and title "Railway agreement"',
    ],
    [
      "an unknown metric",
      { ...planLink, metrics: "trade_turnover trade_volume" },
      'event-metrics.csv line 2: unknown metric "trade_volume"',
    ],
    [
      "a metric named twice",
      { ...planLink, metrics: "trade_turnover trade_turnover" },
      'event-metrics.csv line 2: names metric "trade_turnover" twice',
    ],
    ["no metric", { ...planLink, metrics: " " }, "event-metrics.csv line 2, column metrics: is required"],
    [
      "a date that does not exist",
      { ...planLink, date: "2023-02-30" },
      "event-metrics.csv line 2, column date: is not a calendar date (YYYY-MM-DD)",
    ],
  ])("refuses a row with %s", (_case, row, message) => {
    expect(seedError(withLinks(row)).message).toBe(message);
  });

  it("refuses a second row for the same event", () => {
    expect(seedError(withLinks(planLink, { ...planLink, metrics: "trade_growth" })).message).toBe(
      "event-metrics.csv line 3: links the same event as line 2",
    );
  });

  it("refuses a row that matches two events (same date and title, other sources)", () => {
    const twin = { ...planEvent, source_publisher: "IRNA" };
    const input = { ...files({ events: [planEvent, twin] }), eventMetrics: csv(linkColumns, [planLink]) };
    expect(seedError(input).message).toBe(
      'event-metrics.csv line 2: 2 events in events.csv have date 2023-05-17 and title "Railway agreement signed"',
    );
  });

  it("refuses a file without its columns", () => {
    expect(seedError({ ...files(), eventMetrics: csv(["date", "title"], [{ date: planLink.date, title: planLink.title }]) }).message).toBe(
      "event-metrics.csv: missing column(s) metrics",
    );
  });
});

describe("the project's seed data", () => {
  const dir = path.join(import.meta.dirname, "..", "..", "prisma", "seed-data");
  const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
  const data = parseSeedData({
    routes: read("routes.csv"),
    metrics: read("metrics.csv"),
    facts: read("facts.csv"),
    factsFromNotes: read("facts-from-notes.csv"),
    events: read("events.csv"),
    eventMetrics: read("event-metrics.csv"),
    corrections: read("corrections.json"),
    metricLookalikes: read("metric-lookalikes.csv"),
    routeNodes: read("route-nodes.csv"),
    metricFeatured: read("metric-featured.csv"),
    metricCards: read("metric-cards.csv"),
  });

  it("features Russia–Iran trade growth, Azerbaijan's North–South transit, then the Rasht–Astara railway's land, on the overview", () => {
    const featured = data.metrics.filter((metric) => metric.featured !== null).sort((a, b) => a.featured! - b.featured!);
    expect(featured.map((metric) => metric.slug)).toEqual([
      "russia_iran_trade_growth",
      "azerbaijan_instc_transit",
      "rasht_astara_land_acquired",
    ]);
    // Its card measures land against the railway's length, and lists the cost and Russia's loan.
    expect(featured[2]).toMatchObject({
      progressAgainst: "rasht_astara_length",
      cardMetrics: "rasht_astara_cost\nrasht_astara_russian_loan",
    });
  });

  it("gives every route its map path: 88 nodes, one missing link (Astara–Rasht on the western route)", () => {
    expect(data.routes.map((route) => route.nodes.length).reduce((a, b) => a + b)).toBe(88);
    expect(data.routes.every((route) => route.nodes.length >= 2)).toBe(true);
    const missing = data.routes.flatMap((route) =>
      route.nodes.flatMap((node, index) => (node.toNext === "missing" ? [[route.slug, node.name, route.nodes[index + 1]?.name]] : [])),
    );
    expect(missing).toEqual([["instc-west", "Astara (Iran)", "Rasht"]]);
  });

  it("has 7 routes, 90 metrics, 797 + 1 figures, 61 events and one correction", () => {
    expect(data.routes).toHaveLength(7);
    expect(data.metrics).toHaveLength(90);
    expect(data.figures.filter((figure) => figure.file === "facts.csv")).toHaveLength(797);
    expect(data.figures.filter((figure) => figure.file === "facts-from-notes.csv")).toHaveLength(1);
    expect(data.events).toHaveLength(61);
    expect(data.corrections).toHaveLength(1);
  });

  it("warns that Azerbaijan's North–South transit is not the State Statistics Committee's cargo per corridor", () => {
    const transit = data.metrics.find((metric) => metric.slug === "azerbaijan_instc_transit")!;
    expect(transit.lookalikes.split("\n").map((line) => line.split(":")[0])).toEqual([
      "azerbaijan_corridor_cargo",
      "azerbaijan_rail_transit",
      "astara_terminal_throughput",
    ]);
  });

  it("corrects the 2022 pilot shipment from the western to the Trans-Caspian route", () => {
    const [pilot] = data.corrections;
    expect([pilot!.was.route, pilot!.now.route, pilot!.now.value, pilot!.now.periodLabel]).toEqual([
      "instc-west",
      "instc-caspian",
      "25",
      "2022 pilot shipment",
    ]);
  });

  it("starts with the founding article's headline: Russia–Iran trade +48% in Jan–Apr 2024", () => {
    expect(data.figures[0]).toMatchObject({
      line: 2,
      metric: "russia_iran_trade_growth",
      value: "48",
      unit: "percent",
      periodStart: new Date(Date.UTC(2024, 0, 1)),
      periodEnd: new Date(Date.UTC(2024, 3, 30)),
      status: "reported",
    });
  });

  it("numbers routes 1 to 7", () => {
    expect(data.routes.map((route) => route.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("links 54 of the 61 events to metrics: the Red Sea attacks to the Suez and Cape metrics, never to Russia–India trade", () => {
    const linked = data.events.filter((event) => event.metrics.length > 0);
    expect(linked).toHaveLength(54);
    const redSea = data.events.filter((event) => event.route === "suez");
    expect(redSea).toHaveLength(9);
    for (const event of redSea)
      expect(event.metrics).toEqual(expect.arrayContaining(["suez_transits", "cape_transits", "container_spot_rate"]));
    const onRussiaIndia = data.events.filter((event) => event.metrics.includes("russia_india_trade_turnover"));
    expect(onRussiaIndia.map((event) => event.title)).toEqual([
      "India and Russia start settling bilateral trade in rupees through vostro accounts",
    ]);
    const unlinked = data.events.filter((event) => event.metrics.length === 0).map((event) => event.title.slice(0, 25));
    expect(unlinked).toEqual([
      "Iran and Saudi Arabia rec",
      "Azerbaijan reclaims Nagor",
      "Iranian President Ebrahim",
      "Hamas's political leader ",
      "INSTC dry runs: container",
      "First INSTC pilot shipmen",
      "Indian PM announces comme",
    ]);
  });

  it("gives every figure and every event its own seed key", () => {
    // The seed skips rows whose key already exists, so a shared key would silently drop a row.
    expect(new Set(data.figures.map((figure) => figure.seedKey)).size).toBe(data.figures.length);
    expect(new Set(data.events.map((event) => event.seedKey)).size).toBe(data.events.length);
  });
});
