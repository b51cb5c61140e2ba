import { describe, expect, it } from "vitest";
import { parseAsOf, takeAsOf, withAsOf } from "./as-of";

const now = new Date("2026-12-02T15:30:00.000Z");

describe("asOf", () => {
  it("reads a date as the end of that day in UTC, and a date and time in UTC or at an offset", () => {
    expect(parseAsOf("2026-11-30", now)).toEqual({ ok: true, asOf: new Date("2026-11-30T23:59:59.999Z") });
    expect(parseAsOf("2026-11-30T14:00", now)).toEqual({ ok: true, asOf: new Date("2026-11-30T14:00:00.000Z") });
    expect(parseAsOf("2026-11-30T14:00:05.25Z", now)).toEqual({ ok: true, asOf: new Date("2026-11-30T14:00:05.250Z") });
    expect(parseAsOf("2026-11-30T14:00+03:30", now)).toEqual({ ok: true, asOf: new Date("2026-11-30T10:30:00.000Z") });
    expect(parseAsOf(" 2026-12-02T15:30:00.000Z ", now)).toEqual({ ok: true, asOf: now });
  });

  it("refuses what is not a moment, a day that does not exist, and what is still to come", () => {
    for (const text of ["yesterday", "2026-13-01", "2026-02-30", "2026-11-30T25:00", "2026-11-30 14:00", "1764600000"])
      expect(parseAsOf(text, now)).toMatchObject({ ok: false, error: expect.stringContaining("asOf must be a date") });
    expect(parseAsOf("2026-12-02", now)).toMatchObject({ ok: false, error: expect.stringContaining("not over yet") });
    expect(parseAsOf("2026-12-03", now)).toMatchObject({ ok: false, error: expect.stringContaining("later than now") });
    expect(parseAsOf("2026-12-02T15:30:00.001Z", now)).toMatchObject({ ok: false, error: expect.stringContaining("later than now") });
  });

  it("is taken out of an address before its own keys are read, once at most", () => {
    const taken = takeAsOf(new URLSearchParams("metric=a&asOf=2026-11-30&page=2"), now);
    expect(taken).toMatchObject({ asOf: "2026-11-30T23:59:59.999Z", errors: [] });
    expect(taken.rest.toString()).toBe("metric=a&page=2");
    expect(takeAsOf({ asOf: ["2026-11-30", "2026-11-29"] }, now).errors).toEqual(["asOf is given more than once"]);
    expect(takeAsOf({ asOf: "" }, now)).toMatchObject({ asOf: null, errors: [] });
  });

  it("keeps an address at the moment shown, and leaves today's as it is", () => {
    expect(withAsOf("/api/csv/figures?metric=a", "2026-11-30T23:59:59.999Z")).toBe(
      "/api/csv/figures?metric=a&asOf=2026-11-30T23%3A59%3A59.999Z",
    );
    expect(withAsOf("/metrics", "2026-11-30T23:59:59.999Z")).toBe("/metrics?asOf=2026-11-30T23%3A59%3A59.999Z");
    expect(withAsOf("/metrics?x=1", null)).toBe("/metrics?x=1");
    const address = withAsOf("/figures?q=a", "2026-11-30T23:59:59.999Z");
    expect(takeAsOf(new URLSearchParams(address.split("?")[1]), now)).toMatchObject({ asOf: "2026-11-30T23:59:59.999Z", errors: [] });
  });
});
