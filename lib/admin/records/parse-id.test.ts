import { describe, expect, it } from "vitest";
import { parseId } from "./parse-id";

describe("parseId", () => {
  it("reads a positive 32-bit id from a URL segment", () => {
    expect(parseId("1")).toBe(1);
    expect(parseId("2147483647")).toBe(2_147_483_647);
  });

  it.each(["0", "-1", "01", "1.5", "1e3", " 1", "abc", "", "2147483648", "9999999999", "12345678901"])(
    "refuses %j (a 404, never a 500)",
    (text) => {
      expect(parseId(text)).toBeNull();
    },
  );
});
