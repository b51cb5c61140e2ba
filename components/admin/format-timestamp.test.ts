import { describe, expect, it } from "vitest";
import { formatTimestamp } from "./format-timestamp";

describe("formatTimestamp", () => {
  it("writes a UTC date and time", () => {
    expect(formatTimestamp("2026-11-28T06:03:09.123Z")).toBe("28 November 2026, 06:03 UTC");
  });
  it("has a short form for tables", () => {
    expect(formatTimestamp("2026-11-28T06:03:09.123Z", { short: true })).toBe("28 Nov 2026, 06:03");
  });
  it("leaves what it cannot read as it is", () => {
    expect(formatTimestamp("yesterday")).toBe("yesterday");
  });
});
