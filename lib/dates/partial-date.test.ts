import { describe, expect, it } from "vitest";
import { parseIsoDate, parsePartialDate, toPartialDateText, type DatePrecision } from "./partial-date";

describe("parsePartialDate", () => {
  it.each<[string, DatePrecision, number]>([
    ["2024", "year", Date.UTC(2024, 0, 1)],
    ["2024-03", "month", Date.UTC(2024, 2, 1)],
    ["2024-12", "month", Date.UTC(2024, 11, 1)],
    ["2024-03-31", "day", Date.UTC(2024, 2, 31)],
    ["2024-01-01", "day", Date.UTC(2024, 0, 1)],
    ["2023-12-31", "day", Date.UTC(2023, 11, 31)],
    ["2024-02-29", "day", Date.UTC(2024, 1, 29)],
    ["2000-02-29", "day", Date.UTC(2000, 1, 29)],
  ])("parses %j as the first UTC instant of what it names, at %s precision", (text, precision, time) => {
    const parsed = parsePartialDate(text);
    expect(parsed).not.toBeNull();
    expect(parsed?.precision).toBe(precision);
    expect(parsed?.date.getTime()).toBe(time);
  });

  it.each([
    ["2023-02-30", "30 February does not exist"],
    ["2023-02-29", "2023 is not a leap year"],
    ["1900-02-29", "1900 is not a leap year (century rule)"],
    ["2024-04-31", "April has 30 days"],
    ["2024-01-32", "no month has 32 days"],
    ["2024-01-00", "day 0"],
    ["2024-13", "month 13"],
    ["2024-00", "month 0"],
    ["2024-13-01", "month 13 with a day"],
    ["24", "two-digit year"],
    ["20245", "five-digit year"],
    ["2024-3", "one-digit month"],
    ["2024-03-1", "one-digit day"],
    ["2024/03/31", "slashes"],
    ["31-03-2024", "day first"],
    ["2024-03-31T00:00:00Z", "a timestamp"],
    ["2024-03-", "trailing hyphen"],
    ["abcd", "letters"],
    ["", "empty"],
    [" ", "blank"],
  ])("rejects %j (%s)", (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });

  it("ignores surrounding whitespace", () => {
    expect(parsePartialDate(" 2024-03 ")).toEqual({ date: new Date(Date.UTC(2024, 2, 1)), precision: "month" });
  });
});

describe("toPartialDateText", () => {
  it.each(["2024", "1999", "2024-03", "2024-12", "2024-03-31", "2024-02-29", "2023-01-01"])(
    "round-trips %j through parsePartialDate",
    (text) => {
      const parsed = parsePartialDate(text);
      expect(parsed).not.toBeNull();
      expect(toPartialDateText(parsed!)).toBe(text);
    },
  );

  it.each<[DatePrecision, string]>([
    ["day", "2024-07-15"],
    ["month", "2024-07"],
    ["year", "2024"],
  ])("writes a date only as exactly as its precision (%s -> %j)", (precision, expected) => {
    expect(toPartialDateText({ date: new Date(Date.UTC(2024, 6, 15)), precision })).toBe(expected);
  });

  it("uses the UTC calendar date", () => {
    // 23:30 UTC on 31 December is still 2024 in UTC, whatever the local zone says.
    expect(toPartialDateText({ date: new Date(Date.UTC(2024, 11, 31, 23, 30)), precision: "day" })).toBe("2024-12-31");
  });
});

describe("parseIsoDate", () => {
  it.each([
    ["2024-03-31", Date.UTC(2024, 2, 31)],
    ["2024-02-29", Date.UTC(2024, 1, 29)],
    ["2023-05-17", Date.UTC(2023, 4, 17)],
  ])("parses the full date %j", (text, time) => {
    expect(parseIsoDate(text)?.getTime()).toBe(time);
  });

  it.each(["2024", "2024-03", "2023-02-30", "2023-02-29", "2024-13-01", "2024-3-1", "", "not a date"])(
    "rejects %j, which is not a full calendar date",
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );
});
