// Every number Corridor Watch shows goes through here. Values arrive as exact decimal strings and are formatted
// from the string (Intl accepts decimal strings), so no float rounding creeps in: 4.03 stays 4.03, 4.0 stays 4.0.

const MINUS = "\u2212";

function fractionDigits(value: string): number {
  return value.split(".")[1]?.length ?? 0;
}

function asIntlDecimal(value: string): Intl.StringNumericLiteral {
  return value as Intl.StringNumericLiteral;
}

const plainDecimal = /^(-?)(\d+)(?:\.(\d+))?$/;
/** "1234567" → "1,234,567", as en-GB groups an integer; leading zeros go, as Intl drops them. */
function groupThousands(digits: string): string {
  const integer = digits.replace(/^0+(?=\d)/, "");
  const head = integer.length % 3 || 3;
  let grouped = integer.slice(0, head);
  for (let at = head; at < integer.length; at += 3) grouped += `,${integer.slice(at, at + 3)}`;
  return grouped;
}

/** "814000" → "814,000"; "-50" → "−50" (a real minus sign); keeps every digit the source gave. */
export function formatNumber(value: string, options: { signed?: boolean } = {}): string {
  // Intl caps fraction digits (at 20 on Node 20, 100 later), so only the integer part goes through it and the
  // fraction is copied as written; the sign is set here so "-0.5" keeps its minus and zero never gets a sign.
  const match = plainDecimal.exec(value);
  if (match) {
    const [, minus, integer = "", fraction] = match;
    const sign = !/[1-9]/.test(value) ? "" : minus ? MINUS : options.signed ? "+" : "";
    // Grouped by hand, as en-GB does (1,234,567): a page formats thousands of numbers, and constructing an
    // Intl.NumberFormat for each was a tenth of an overview's render time.
    const grouped = groupThousands(integer);
    return `${sign}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
  }
  const digits = fractionDigits(value);
  const formatted = new Intl.NumberFormat("en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: options.signed ? "exceptZero" : "auto",
  }).format(asIntlDecimal(value));
  return formatted.replace("-", MINUS);
}

const unitSuffixes: Record<string, { suffix: string; space: boolean }> = {
  percent: { suffix: "%", space: false },
  tonnes: { suffix: "t", space: true },
  "million tonnes": { suffix: "Mt", space: true },
};

function withUnit(number: string, unit: string): string {
  const known = unitSuffixes[unit];
  if (!known) return `${number} ${unit}`;
  return known.space ? `${number} ${known.suffix}` : `${number}${known.suffix}`;
}

/** A value with its unit: "4.9 USD bn", "814,000 t", "14.5 Mt", "25 days". Percent changes are signed: "+48%". */
export function formatValue(value: string, unit: string, options: { signed?: boolean } = {}): string {
  return withUnit(formatNumber(value, { signed: options.signed ?? unit === "percent" }), unit);
}

/** Two numbers as a span, "45–60"; with a negative end "−50 to −43", since an en dash beside a minus sign reads as a double dash. */
export function formatNumberRange(low: string, high: string): string {
  const joiner = low.startsWith("-") || high.startsWith("-") ? " to " : "–";
  return `${formatNumber(low)}${joiner}${formatNumber(high)}`;
}

/** A range claim as one figure: "45–60 days". */
export function formatRange(low: string, high: string, unit: string): string {
  return withUnit(formatNumberRange(low, high), unit);
}
