import { createElement as h, Fragment, useId, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { EventView, RouteComparison, TrendChartData } from "@/lib/data/types";
import { ComparisonTable } from "@/components/tables/comparison-table";
import { TrendTable } from "@/components/tables/trend-table";
import { Timeline } from "@/components/timeline";
import { routeSummary, trendPoint } from "../tests/support/chart-fixtures";
import { renderStaticMarkup } from "@/lib/html/static-markup";

// The static parts of a page must read exactly as React would have rendered them: the same elements, attributes
// and escaped text. React's own server renderer (which a Server Component cannot call, but a test can) is the
// reference; it separates adjacent texts with empty comments, which the browser drops and the comparison too.
const asReact = (node: ReactNode) => renderToStaticMarkup(node).replaceAll("<!-- -->", "");

const trend: TrendChartData = {
  metric: {
    slug: "trade",
    name: "Russia–Iran trade",
    unit: "USD bn",
    category: "trade",
    description: "",
    figureCount: 3,
  },
  sisters: [],
  series: [
    {
      key: "a",
      label: "Full year",
      points: [
        trendPoint({ periodStart: "2022-01-01", periodEnd: "2022-12-31", valueText: "4.9", publisher: "Tehran Times & <Co>" }),
        trendPoint({ periodStart: "2023-01-01", periodEnd: "2023-12-31", valueText: "4.0", publisher: "IRNA", sourceDate: "2024-02-01" }),
        trendPoint({ periodStart: "2024-01-01", periodEnd: "2024-04-30", valueText: "1.4", status: "claim", periodLabel: "Jan–Apr 2024" }),
      ],
    },
  ],
  undated: [],
  multiYear: [],
  events: [],
  lastEditedAt: null,
};

const comparison: RouteComparison = {
  measure: "transit_time",
  title: "Transit time, Russia to India",
  unit: "days",
  rows: [
    {
      route: routeSummary("instc-west", "INSTC western route", "instc"),
      value: {
        low: "25",
        high: "25",
        plotLow: 25,
        plotHigh: 25,
        unit: "days",
        statuses: ["reported"],
        periodLabels: ["2022 pilot shipment"],
        metricNames: ["Transit time"],
        notes: ["“Door to door”, said the ministry"],
        sources: [
          { publisher: "Ministry", title: "Pilot", url: "https://example.org/a?b=1&c='2'", date: "2022-07-05", datePrecision: "day" },
        ],
        figureIds: [1],
      },
      unlike: [],
    },
    { route: routeSummary("suez", "Suez Canal sea route", "alternative"), value: null, unlike: [] },
  ],
};

const events: EventView[] = [
  {
    id: 2,
    date: "2028-01-01",
    datePrecision: "year",
    title: "Rasht–Astara railway opens",
    route: { slug: "instc-west", name: "INSTC western route" },
    status: "planned",
    source: { publisher: "IRNA", title: "Plans", url: null, date: null, datePrecision: null },
    metrics: [],
  },
  {
    id: 1,
    date: "2023-05-17",
    datePrecision: "day",
    title: "Agreement <signed> & ratified",
    route: null,
    status: "happened",
    source: { publisher: "Kremlin", title: "Signing", url: "https://example.org/s", date: "2023-05-17", datePrecision: "day" },
    metrics: [],
  },
];

describe("renderStaticMarkup", () => {
  it("writes the page's tables and timeline exactly as React does", () => {
    for (const part of [h(TrendTable, { trend }), h(ComparisonTable, { comparison }), h(Timeline, { events })]) {
      expect(renderStaticMarkup(part)).toBe(asReact(part));
    }
  });

  it("writes elements, attributes, styles, fragments and raw HTML as React does", () => {
    const Row = ({ label }: { label: string }) => h("tr", null, h("th", { scope: "row", colSpan: 2 }, label), h("td", null, 3, " ", 4n));
    const part = h(
      Fragment,
      null,
      h("p", { className: "a b", "aria-label": 'say "hi"', "data-x": "1", hidden: true, title: undefined }, "x < y & z", null, false),
      h("table", null, h("tbody", null, [h(Row, { key: "1", label: "O'Brien" }), h(Row, { key: "2", label: "<b>" })])),
      h("time", { dateTime: "2024-05" }, "May 2024"),
      h("div", { style: { backgroundColor: "#fff", width: "50%" }, tabIndex: 0 }, h("br"), h("hr", { className: "rule" })),
      h("span", { dangerouslySetInnerHTML: { __html: "<svg></svg>" } }),
      h("details", { open: false }, h("summary", null, "More")),
    );
    expect(renderStaticMarkup(part)).toBe(asReact(part));
  });

  it("escapes text and attributes so that nothing can open a tag or leave an attribute", () => {
    expect(renderStaticMarkup(h("a", { href: '"><script>alert(1)</script>' }, "</a><script>"))).toBe(
      '<a href="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&lt;/a&gt;&lt;script&gt;</a>',
    );
  });

  it("refuses what static HTML cannot carry: handlers, hooks, async and client components, unknown props", () => {
    expect(() => renderStaticMarkup(h("button", { onClick: () => {} }, "Go"))).toThrow(/handler \(onClick\)/);
    const WithHook = () => h("p", { id: useId() });
    expect(() => renderStaticMarkup(h(WithHook))).toThrow();
    const Async = async () => h("p");
    expect(() => renderStaticMarkup(h(Async as never))).toThrow(/async/);
    const clientReference = { $$typeof: Symbol.for("react.client.reference"), $$id: "x#Link" };
    expect(() => renderStaticMarkup(h(clientReference as never, { href: "/" }))).toThrow(/client or special component/);
    expect(() => renderStaticMarkup(h("svg", { viewBox: "0 0 1 1" }))).toThrow(/“viewBox”/);
    expect(() => renderStaticMarkup(h("div", { style: { width: 10 } }))).toThrow(/must be text/);
  });
});
