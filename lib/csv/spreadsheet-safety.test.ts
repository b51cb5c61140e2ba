import { describe, expect, it } from "vitest";
import { guardCell, unguardCell } from "./spreadsheet-safety";

describe("guardCell", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1 555", "'+1 555"],
    ["-17% on 2022", "'-17% on 2022"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tindented", "'\tindented"],
    ["\rcarriage", "'\rcarriage"],
    ["'=already quoted", "''=already quoted"],
  ])("neutralises %j as %j", (text, guarded) => {
    expect(guardCell(text)).toBe(guarded);
  });

  it.each(["Russia–Iran", "'Tis a quote", "4.9", "−17% (a real minus sign)", "", "007", " =space first"])("leaves %j alone", (text) => {
    expect(guardCell(text)).toBe(text);
  });
});

describe("unguardCell", () => {
  it.each(["=1+1", "+7", "-50", "@x", "\tx", "\rx", "'=x", "''-x", "'plain", "plain", "", "'"])(
    "reverses guardCell exactly for %j",
    (text) => {
      expect(unguardCell(guardCell(text))).toBe(text);
    },
  );
});
