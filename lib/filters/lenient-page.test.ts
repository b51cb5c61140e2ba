import { describe, expect, it } from "vitest";
import { lenientPage } from "./search-params";

describe("lenientPage", () => {
  it("reads a page number, and falls back to the first page for anything else", () => {
    expect(lenientPage("3")).toBe(3);
    expect(lenientPage("000012")).toBe(12);
    for (const value of [null, undefined, "", "0", "-2", "2.5", "two", "1234567"]) expect(lenientPage(value)).toBe(1);
  });
});
