import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { EventView } from "../data/types";
import { eventCsvColumns, eventsToCsv } from "./timeline-and-sources-csv";

const event = (overrides: Partial<EventView>): EventView => ({
  id: 7,
  date: "2023-12-01",
  datePrecision: "month",
  title: "Carriers pause Red Sea transits",
  route: { slug: "suez", name: "Suez Canal sea route" },
  status: "happened",
  source: { publisher: "Reuters", title: "Carriers pause", url: null, date: "2023-12-15", datePrecision: "day" },
  metrics: ["cape_transits", "suez_transits"],
  ...overrides,
});

describe("eventsToCsv", () => {
  it("appends the metrics column after the earlier ones, so readers by position keep working", () => {
    expect(eventCsvColumns).toEqual([
      "id",
      "date",
      "date_precision",
      "title",
      "route",
      "status",
      "source_publisher",
      "source_title",
      "source_url",
      "source_date",
      "metrics",
    ]);
  });

  it("writes an event's metric slugs separated by spaces, and a blank cell for none", () => {
    const rows = parse(eventsToCsv([event({}), event({ id: 8, route: null, metrics: [] })]), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.id, row.date, row.route, row.metrics])).toEqual([
      ["7", "2023-12", "suez", "cape_transits suez_transits"],
      ["8", "2023-12", "", ""],
    ]);
  });
});
