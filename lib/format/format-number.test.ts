import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatNumberRange, formatRange, formatValue } from "./format-number";

const MINUS = "\u2212";
const EN_DASH = "\u2013";

describe("formatNumber", () => {
  it.each([
    ["0", "0"],
    ["7", "7"],
    ["999", "999"],
    ["1000", "1,000"],
    ["814000", "814,000"],
    ["1234567", "1,234,567"],
    ["4.9", "4.9"],
    ["4.03", "4.03"],
    ["4.0", "4.0"],
    ["4.00", "4.00"],
    ["0.972", "0.972"],
    ["0.5", "0.5"],
    ["1234567.1234", "1,234,567.1234"],
    ["-50", `${MINUS}50`],
    ["-0.5", `${MINUS}0.5`],
    ["-1234.50", `${MINUS}1,234.50`],
  ])("formats %j as %j", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it.each([
    // Past the 15–17 significant digits a double can hold: any float step on the way would change these.
    ["12345678901234567890.123456789", "12,345,678,901,234,567,890.123456789"],
    ["9007199254740993", "9,007,199,254,740,993"],
    ["0.30000000000000004", "0.30000000000000004"],
    ["0.1000000000000000000001", "0.1000000000000000000001"],
    ["-98765432109876543210.000000001", `${MINUS}98,765,432,109,876,543,210.000000001`],
  ])("keeps every digit of %j", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it.each([21, 100, 101, 250])("keeps all %i fraction digits (more than Intl allows)", (count) => {
    const fraction = "1234567890".repeat(30).slice(0, count);
    expect(formatNumber(`0.${fraction}`)).toBe(`0.${fraction}`);
    expect(formatNumber(`-1234.${fraction}`, { signed: true })).toBe(`${MINUS}1,234.${fraction}`);
  });

  it.each([
    ["-0", "0", "0"],
    ["-0.00", "0.00", "0.00"],
    ["000", "0", "0"],
    ["0012.50", "12.50", "+12.50"],
  ])("writes %j as %j, signed as %j (zero never gets a sign)", (value, plain, signed) => {
    expect(formatNumber(value)).toBe(plain);
    expect(formatNumber(value, { signed: true })).toBe(signed);
  });

  it("writes negatives with a real minus sign (U+2212), never a hyphen", () => {
    const formatted = formatNumber("-17");
    expect(formatted).toBe("\u221217");
    expect(formatted).not.toContain("-");
  });

  it.each([
    ["48", "+48"],
    ["4.0", "+4.0"],
    ["1000", "+1,000"],
    ["-17", `${MINUS}17`],
    ["0", "0"],
    ["0.0", "0.0"],
  ])("signed: formats %j as %j (zero gets no sign)", (value, expected) => {
    expect(formatNumber(value, { signed: true })).toBe(expected);
  });

  it("leaves positives unsigned unless asked", () => {
    expect(formatNumber("48")).toBe("48");
    expect(formatNumber("48", { signed: false })).toBe("48");
  });
});

describe("formatValue", () => {
  it.each([
    ["4.9", "USD bn", "4.9 USD bn"],
    ["4.03", "USD bn", "4.03 USD bn"],
    ["4.0", "USD bn", "4.0 USD bn"],
    ["0.972", "USD bn", "0.972 USD bn"],
    ["814000", "tonnes", "814,000 t"],
    ["14.5", "million tonnes", "14.5 Mt"],
    ["25", "days", "25 days"],
    ["1500", "TEU", "1,500 TEU"],
    ["48", "percent", "+48%"],
    ["-17", "percent", `${MINUS}17%`],
    ["-50", "percent", `${MINUS}50%`],
    ["0", "percent", "0%"],
    ["81.7", "percent", "+81.7%"],
  ])("formats %j %j as %j", (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });

  it("signs percentages by default but not other units", () => {
    expect(formatValue("48", "percent")).toBe("+48%");
    expect(formatValue("48", "tonnes")).toBe("48 t");
  });

  it("lets the caller override the default sign", () => {
    expect(formatValue("48", "percent", { signed: false })).toBe("48%");
    expect(formatValue("4.9", "USD bn", { signed: true })).toBe("+4.9 USD bn");
    expect(formatValue("-4.9", "USD bn", { signed: false })).toBe(`${MINUS}4.9 USD bn`);
  });
});

describe("formatRange", () => {
  it.each([
    ["45", "60", "days", "45–60 days"],
    ["1.5", "2.0", "million tonnes", "1.5–2.0 Mt"],
    ["500000", "1000000", "tonnes", "500,000–1,000,000 t"],
    ["10", "20", "percent", "10–20%"],
    ["-5", "10", "percent", `${MINUS}5 to 10%`],
    ["-50", "-43", "percent", `${MINUS}50 to ${MINUS}43%`],
  ])("formats %j to %j %j as %j", (low, high, unit, expected) => {
    expect(formatRange(low, high, unit)).toBe(expected);
  });

  it("joins the ends with an en dash (U+2013), not a hyphen", () => {
    const formatted = formatRange("45", "60", "days");
    expect(formatted.split(EN_DASH)).toEqual(["45", "60 days"]);
    expect(formatted).not.toContain("-");
  });
});

describe("formatNumberRange", () => {
  it("spans two numbers without a unit, in words where an end is negative (as a table cell of disagreeing sources)", () => {
    expect(formatNumberRange("45", "60")).toBe("45–60");
    expect(formatNumberRange("-50", "-43")).toBe(`${MINUS}50 to ${MINUS}43`);
  });
});

describe("formatNumber's grouping", () => {
  it("groups every integer as en-GB does, however long, with leading zeros dropped", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,40}$/), (digits) => {
        const intl = new Intl.NumberFormat("en-GB").format(digits as Intl.StringNumericLiteral);
        expect(formatNumber(digits)).toBe(intl);
      }),
      { numRuns: 500 },
    );
  });
});
