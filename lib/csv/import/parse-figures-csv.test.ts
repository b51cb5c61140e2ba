import { describe, expect, it } from "vitest";
import { figureCsvColumns } from "../figure-csv";
import { importLimits, parseFiguresCsv } from "./parse-figures-csv";

const encode = (text: string) => new TextEncoder().encode(text);
const header = figureCsvColumns.join(",");
const row = (cells: Partial<Record<(typeof figureCsvColumns)[number], string>> = {}) =>
  figureCsvColumns
    .map((column) => {
      const value =
        cells[column] ??
        (
          {
            metric: "transit_time",
            route: "suez",
            subject: "St Petersburg–Nhava Sheva",
            value: "45",
            unit: "days",
            status: "claim",
            source_publisher: "Induqin",
            source_title: "INSTC pilot shipment",
          } as Record<string, string>
        )[column] ??
        "";
      return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
    })
    .join(",");
const file = (...rows: string[]) => encode([header, ...rows].join("\r\n") + "\r\n");
const failure = (bytes: Uint8Array) => {
  const result = parseFiguresCsv(bytes);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.message;
};

describe("parseFiguresCsv refuses a bad file with one clear message", () => {
  it.each([
    ["an empty file", new Uint8Array(), "The file is empty."],
    ["a blank file", encode("\r\n  \r\n"), "The file is empty."],
    ["a header without rows", file(), "The file has a header but no rows."],
    [
      "a binary file",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      "This is not a CSV file: it contains binary data (NUL bytes). Export a CSV (UTF-8) and upload that.",
    ],
    [
      "a bad encoding (Latin-1)",
      new Uint8Array([...encode(`${header}\r\n`), 0x41, 0xe9, 0x0d, 0x0a]),
      'The file is not valid UTF-8 text. Save it as "CSV UTF-8" and upload it again.',
    ],
  ])("%s", (_case, bytes, message) => {
    expect(failure(bytes)).toBe(message);
  });

  it("a wrong header names what is missing and unknown", () => {
    const bytes = encode(`${header.replace("source_title", "title")}\r\n${row()}\r\n`);
    expect(failure(bytes)).toBe(
      "The header row is not the export's (missing source_title; unknown title). Download the template to see the columns.",
    );
  });

  it("ragged rows say which line and how many fields", () => {
    expect(failure(file(row(), "1,2,3"))).toBe(
      `Line 3: 3 fields where the header has ${figureCsvColumns.length}; every row must have one cell per column.`,
    );
  });

  it("a duplicated id names both lines", () => {
    expect(failure(file(row({ id: "5", version: "1" }), row(), row({ id: "5", version: "1" })))).toBe(
      "The id 5 appears on line 2 and on line 4; each figure may appear once.",
    );
  });

  it("a file over the size limit", () => {
    expect(failure(new Uint8Array(importLimits.maxBytes + 1).fill(0x41))).toMatch(/^The file is 50\.0 MB; the limit is 50 MB\.$/);
  });

  // 200,001 rows take a few seconds to parse on a busy machine: a harness limit, not a speed target.
  it("more rows than the limit", { timeout: 60_000 }, () => {
    const many = Array.from({ length: importLimits.maxRows + 1 }, () => row()).join("\r\n");
    expect(failure(encode(`${header}\r\n${many}`))).toBe("The file has 200,001 rows; the limit is 200,000.");
  });

  it("an unclosed quote", () => {
    expect(failure(file(row(), '"unclosed,'))).toMatch(/A quoted cell opened before line \d+ is never closed\./);
  });
});

describe("parseFiguresCsv reads rows", () => {
  it("keeps values exact, unguards guarded text, and accepts the header's columns in any order", () => {
    const reordered = [...figureCsvColumns].reverse();
    const cells: Record<string, string> = {
      metric: "transit_time",
      route: "suez",
      subject: "'=Suez",
      value: "-4.50",
      unit: "days",
      status: "claim",
      source_publisher: "Induqin",
      source_title: "t",
      note: 'line 1\nline 2, with "quotes"',
    };
    const line = reordered
      .map((column) => {
        const v = cells[column] ?? "";
        return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
      })
      .join(",");
    const result = parseFiguresCsv(encode(`\uFEFF${reordered.join(",")}\r\n${line}\r\n`));
    if (!result.ok) throw new Error(result.message);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]!.values).toMatchObject({
      subject: "=Suez",
      value: "-4.50",
      note: 'line 1\nline 2, with "quotes"',
      route: "suez",
    });
    expect(result.rows[0]!.id).toBeNull();
  });

  it("lists row errors with line, column and message, and counts lines of multi-line cells", () => {
    const result = parseFiguresCsv(
      file(row({ note: "two\nlines" }), row({ value: "4,9" }), row({ period_start: "2024-02-30", period_label: "x" }), row({ id: "abc" })),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.rows).toHaveLength(1);
    expect(result.errors).toEqual([
      {
        line: 4,
        column: "value",
        message: "Value must be a plain number such as 4.03 or -50: a point for decimals, no thousands separators, no unit",
      },
      { line: 5, column: "period_start", message: "Period start must be a date that exists, written YYYY-MM-DD" },
      { line: 6, column: "id", message: "must be empty (a new figure) or a figure's id" },
      { line: 6, column: "version", message: "must be the version the figure had when exported" },
    ]);
  });

  it("needs the version for an existing figure", () => {
    const result = parseFiguresCsv(file(row({ id: "3" })));
    if (!result.ok) throw new Error(result.message);
    expect(result.errors).toEqual([{ line: 2, column: "version", message: "must be the version the figure had when exported" }]);
  });
});

describe("parseFiguresCsv reads provenance", () => {
  const input = (bytes: Uint8Array) => {
    const result = parseFiguresCsv(bytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.errors).toEqual([]);
    return result.rows[0]!.input;
  };

  it("takes the person quoted and the data owner from their columns, blanks as unknown", () => {
    const parsed = input(file(row({ source_publisher: "Trend (ADY data)", quoted_speaker: "Someone", data_owner: "" })));
    expect([parsed.quotedSpeaker, parsed.dataOwner]).toEqual(["Someone", null]);
  });

  it("reads them from the publisher in a file exported before the columns existed", () => {
    const old = figureCsvColumns.filter((column) => column !== "quoted_speaker" && column !== "data_owner" && column !== "outcome");
    // The provenance columns and the outcome are the last ones, and blank: the old row is the new one without its last three cells.
    const cells = row({ source_publisher: "Lenta.ru (quoting Alexei Overchuk, via TASS)" }).replace(/,,,$/, "");
    const parsed = input(encode(`${old.join(",")}\r\n${cells}\r\n`));
    expect([parsed.sourcePublisher, parsed.quotedSpeaker, parsed.dataOwner]).toEqual([
      "Lenta.ru (quoting Alexei Overchuk, via TASS)",
      "Alexei Overchuk",
      null,
    ]);
  });

  it("accepts a file exported with updated_at in place of last_edited_at, and reads neither", () => {
    const cells = row({ last_edited_at: "2026-12-01T09:30:00.000Z" });
    const current = input(encode(`${header}\r\n${cells}\r\n`));
    const earlierHeader = figureCsvColumns.map((column) => (column === "last_edited_at" ? "updated_at" : column)).join(",");
    const earlier = input(encode(`${earlierHeader}\r\n${cells}\r\n`));
    expect(earlier).toEqual(current);
    expect(Object.values(current)).not.toContain("2026-12-01T09:30:00.000Z");
    // A file without either column (hand-made from the template's required columns) is accepted too.
    const without = figureCsvColumns.filter((column) => column !== "last_edited_at");
    const withoutCells = without.map((column) => cells.split(",")[figureCsvColumns.indexOf(column)]).join(",");
    expect(input(encode(`${without.join(",")}\r\n${withoutCells}\r\n`))).toEqual(current);
  });

  it("accepts a file without the outcome column (exported before it existed), and never reads the column when present", () => {
    const withoutOutcome = figureCsvColumns.filter((column) => column !== "outcome");
    const cells = row({ status: "plan", period_end: "2025-12-31", period_start: "2025-01-01", period_label: "2025 plan" }).replace(
      /,$/,
      "",
    );
    const before = input(encode(`${withoutOutcome.join(",")}\r\n${cells}\r\n`));
    expect(before.status).toBe("plan");
    const exported = input(
      file(row({ status: "plan", period_end: "2025-12-31", period_start: "2025-01-01", period_label: "2025 plan", outcome: "met" })),
    );
    expect(exported).toEqual(before);
    expect(Object.values(exported)).not.toContain("met");
  });
});
