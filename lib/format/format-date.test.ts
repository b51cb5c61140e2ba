import { describe, expect, it } from "vitest";
import type { DatePrecision } from "../data/types";
import { formatPartialDate, formatPeriod } from "./format-date";

describe("formatPartialDate", () => {
  it.each<[string, DatePrecision, string]>([
    ["2024-07-15", "day", "15 July 2024"],
    ["2024-07-05", "day", "5 July 2024"],
    ["2023-01-01", "day", "1 January 2023"],
    ["2023-12-31", "day", "31 December 2023"],
    ["2024-05-01", "month", "May 2024"],
    ["2024-05", "month", "May 2024"],
    ["2023-09-01", "month", "September 2023"],
    ["2024-01-01", "year", "2024"],
    ["2024", "year", "2024"],
  ])("formats %j at %s precision as %j", (isoDate, precision, expected) => {
    expect(formatPartialDate(isoDate, precision)).toBe(expected);
  });

  it("never shows more than the precision says", () => {
    // A day stored for a month-precise date must not leak into the text.
    expect(formatPartialDate("2024-05-17", "month")).toBe("May 2024");
    expect(formatPartialDate("2024-05-17", "year")).toBe("2024");
  });

  it.each([
    [1, "January"],
    [2, "February"],
    [3, "March"],
    [4, "April"],
    [5, "May"],
    [6, "June"],
    [7, "July"],
    [8, "August"],
    [9, "September"],
    [10, "October"],
    [11, "November"],
    [12, "December"],
  ])("names month %i %s", (month, name) => {
    expect(formatPartialDate(`2024-${String(month).padStart(2, "0")}-01`, "month")).toBe(`${name} 2024`);
  });
});

describe("formatPeriod", () => {
  it.each([
    ["2024-01-01", "2024-12-31", "2024"],
    ["2023-01-01", "2023-06-30", "H1 2023"],
    ["2023-07-01", "2023-12-31", "H2 2023"],
    ["2024-01-01", "2024-03-31", "Q1 2024"],
    ["2024-04-01", "2024-06-30", "Q2 2024"],
    ["2024-07-01", "2024-09-30", "Q3 2024"],
    ["2024-10-01", "2024-12-31", "Q4 2024"],
    ["2024-01-01", "2024-04-30", "Jan–Apr 2024"],
    ["2024-01-01", "2024-09-30", "Jan–Sep 2024"],
    ["2024-01-01", "2024-02-29", "Jan–Feb 2024"],
    ["2024-02-01", "2024-04-30", "Feb–Apr 2024"],
    ["2024-03-01", "2024-05-31", "Mar–May 2024"],
    ["2024-03-01", "2024-03-31", "Mar 2024"],
    ["2024-02-01", "2024-02-29", "Feb 2024"],
    ["2023-02-01", "2023-02-28", "Feb 2023"],
    ["2023-01-01", "2024-06-30", "Jan 2023–Jun 2024"],
    ["2022-01-01", "2023-12-31", "Jan 2022–Dec 2023"],
    ["2023-07-01", "2024-06-30", "Jul 2023–Jun 2024"],
  ])("names the whole months %s to %s as %j", (start, end, expected) => {
    expect(formatPeriod(start, end)).toBe(expected);
  });

  it.each([
    ["2024-01-15", "2024-02-14", "15 January 2024–14 February 2024"],
    ["2024-01-01", "2024-01-30", "1 January 2024–30 January 2024"],
    ["2024-01-02", "2024-12-31", "2 January 2024–31 December 2024"],
    // 28 February is the last day only in a common year.
    ["2024-02-01", "2024-02-28", "1 February 2024–28 February 2024"],
    ["2023-12-15", "2024-01-15", "15 December 2023–15 January 2024"],
    ["2024-05-17", "2024-05-17", "17 May 2024–17 May 2024"],
  ])("writes the part-month period %s to %s as dates: %j", (start, end, expected) => {
    expect(formatPeriod(start, end)).toBe(expected);
  });

  it("uses an en dash (U+2013) between the ends", () => {
    expect(formatPeriod("2024-01-01", "2024-04-30")).toBe("Jan\u2013Apr 2024");
    expect(formatPeriod("2023-01-01", "2024-06-30")).toBe("Jan 2023\u2013Jun 2024");
  });

  it("is null when neither end is known", () => {
    expect(formatPeriod(null, null)).toBeNull();
  });

  it("says 'until' when only the end is known", () => {
    expect(formatPeriod(null, "2024-06-30")).toBe("until 30 June 2024");
  });

  it("says 'from' when only the start is known", () => {
    expect(formatPeriod("2024-03-01", null)).toBe("from 1 March 2024");
  });
});
