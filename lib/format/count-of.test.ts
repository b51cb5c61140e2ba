import { describe, expect, it } from "vitest";
import { countOf } from "./count-of";

describe("countOf", () => {
  it("says one in the singular and every other number in the plural, grouped in thousands", () => {
    expect(countOf(1, "figure")).toBe("1 figure");
    expect(countOf(0, "figure")).toBe("0 figures");
    expect(countOf(2, "deleted figure")).toBe("2 deleted figures");
    expect(countOf(12_345, "change")).toBe("12,345 changes");
  });
});
