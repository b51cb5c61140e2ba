import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { FigureView } from "../data/types";
import { figureCsvColumns, figuresToCsv } from "./figure-csv";

// The CSV is read back with PapaParse, a parser independent of the csv-stringify library that wrote it.

function figure(overrides: Partial<FigureView> = {}): FigureView {
  return {
    id: 7,
    metric: { slug: "russia_iran_trade_turnover", name: "Russia–Iran trade turnover", unit: "USD bn" },
    route: { slug: "instc-west", name: "INSTC western route" },
    subject: "Russia–Iran",
    periodStart: "2022-01-01",
    periodEnd: "2022-12-31",
    periodLabel: "2022",
    value: "4.0",
    status: "reported",
    source: {
      publisher: "bne IntelliNews",
      title: "intellinews.com 318868",
      url: "https://example.org/a?b=1,2",
      date: "2023-03-01",
      datePrecision: "month",
    },
    note: null,
    quotedSpeaker: null,
    dataOwner: null,
    version: 3,
    updatedAt: "2026-11-28T06:00:00.000Z",
    lastEditedAt: "2026-12-01T10:15:00.000Z",
    ...overrides,
  };
}

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { newline: "\r\n", skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  const rows = result.data;
  if (rows.at(-1)?.length === 1 && rows.at(-1)![0] === "") rows.pop();
  return rows;
}

describe("figuresToCsv", () => {
  it("writes a header and one row per figure, values exactly as stored", () => {
    const rows = parse(
      figuresToCsv(
        [figure(), figure({ id: 8, value: "-50", route: null, periodStart: null, periodEnd: null, periodLabel: null, lastEditedAt: null })],
        {
          header: true,
        },
      ),
    );
    expect(rows[0]).toEqual([...figureCsvColumns]);
    expect(rows[1]).toEqual([
      "7",
      "russia_iran_trade_turnover",
      "instc-west",
      "Russia–Iran",
      "2022-01-01",
      "2022-12-31",
      "2022",
      "4.0",
      "USD bn",
      "reported",
      "bne IntelliNews",
      "intellinews.com 318868",
      "https://example.org/a?b=1,2",
      "2023-03",
      "",
      "3",
      // When an editor last changed it, not when the row was written (updatedAt).
      "2026-12-01T10:15:00.000Z",
      "",
      "",
      "",
    ]);
    expect(rows[2]![7]).toBe("-50"); // numeric: never guarded
    expect(rows[2]!.slice(2, 7)).toEqual(["", "Russia–Iran", "", "", ""]);
    expect(rows[2]![figureCsvColumns.indexOf("last_edited_at")]).toBe(""); // never edited: blank, not the load time
  });

  it("writes a plan's outcome in the last column, and nothing for a figure without one", () => {
    const rows = parse(
      figuresToCsv([figure({ id: 9, status: "plan" }), figure({ id: 10 })], { header: true, outcomes: new Map([[9, "overdue"]]) }),
    );
    expect(rows[0]!.at(-1)).toBe("outcome");
    expect(rows.slice(1).map((row) => [row[0], row.at(-1)])).toEqual([
      ["9", "overdue"],
      ["10", ""],
    ]);
  });

  it("quotes every cell with a line break, bare LF included, so line-based readers see one record", () => {
    const csv = figuresToCsv([figure({ note: "one\ntwo", subject: "a\rb" })], { header: false });
    expect(csv).toContain('"one\ntwo"');
    expect(csv).toContain('"a\rb"');
  });

  it("uses CRLF line ends (RFC 4180)", () => {
    expect(figuresToCsv([figure()], { header: true }).split("\r\n")).toHaveLength(3);
  });

  const tricky = [
    "comma, inside",
    'a "quoted" word',
    "line one\nline two\r\nline three",
    "007",
    "=1+1",
    "-17% on 2022",
    "@mention",
    "روسیه و ایران",
    "Россия и Иран",
    "Azərbaycan Dəmir Yolları",
    "🚂📦",
    " leading and trailing spaces ",
    "x".repeat(10_000),
  ];

  it.each(tricky.map((text) => [text.length > 40 ? `${text.slice(0, 20)}… (${text.length} chars)` : text, text]))(
    "keeps tricky text intact: %s",
    (_label, text) => {
      const rows = parse(figuresToCsv([figure({ note: text, subject: text })], { header: true }));
      const note = rows[1]![figureCsvColumns.indexOf("note")]!;
      const expected = /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      expect(note).toBe(expected);
      expect(rows[1]![figureCsvColumns.indexOf("subject")]).toBe(expected);
    },
  );

  it("writes an empty note as an empty cell and a zero value as 0", () => {
    const rows = parse(figuresToCsv([figure({ note: null, value: "0" })], { header: false }));
    expect(rows[0]![figureCsvColumns.indexOf("note")]).toBe("");
    expect(rows[0]![figureCsvColumns.indexOf("value")]).toBe("0");
  });

  it("writes source dates only as precisely as known", () => {
    const year = figure({ source: { ...figure().source, date: "2024-01-01", datePrecision: "year" } });
    const unknown = figure({ source: { ...figure().source, date: null, datePrecision: null } });
    const rows = parse(figuresToCsv([year, unknown], { header: false }));
    expect(rows.map((row) => row[figureCsvColumns.indexOf("source_date")])).toEqual(["2024", ""]);
  });
});
