// Scale sisters: where sources print one quantity at another scale (USD m instead of USD bn, thousand tonnes or
// tonnes instead of million tonnes), the dataset keeps each scale as its own metric (`…_usd_m`, `…_kt`, `…_t`,
// `…_bn`), so every value stays exactly as printed. One quantity is still one series family: a chart of any member
// draws them all in that member's unit, moved by a power of ten on the decimal text (never a float), each point
// keeping what was printed. Only powers of ten: nautical miles beside km, or weeks beside days, are conversions,
// not scales, and stay separate metrics.

/** Units that are one base unit times a power of ten (a count, such as TEU or vessels, is its own base). */
const scaledUnits: Readonly<Record<string, { base: string; exponent: number }>> = {
  USD: { base: "USD", exponent: 0 },
  "USD m": { base: "USD", exponent: 6 },
  "USD bn": { base: "USD", exponent: 9 },
  "EUR m": { base: "EUR", exponent: 6 },
  "EUR bn": { base: "EUR", exponent: 9 },
  "EGP m": { base: "EGP", exponent: 6 },
  "EGP bn": { base: "EGP", exponent: 9 },
  tonnes: { base: "t", exponent: 0 },
  "thousand tonnes": { base: "t", exponent: 3 },
  "million tonnes": { base: "t", exponent: 6 },
  "billion tonnes": { base: "t", exponent: 9 },
  TEU: { base: "TEU", exponent: 0 },
  containers: { base: "containers", exponent: 0 },
  vessels: { base: "vessels", exponent: 0 },
};

/** A unit as a base unit times a power of ten ("USD bn" is 10^9 USD), or null for days, km, percent, rates… */
export function scaledUnit(unit: string): { base: string; exponent: number } | null {
  return scaledUnits[unit] ?? null;
}

/** "1,000 USD m = 1 USD bn": equal amounts in two units of one base, the smaller side 1; null if not one base. */
export function unitRatio(fromUnit: string, toUnit: string): { from: string; to: string } | null {
  const from = scaledUnits[fromUnit];
  const to = scaledUnits[toUnit];
  if (!from || !to || from.base !== to.base) return null;
  const power = (exponent: number) => `1${"0".repeat(exponent)}`;
  return from.exponent <= to.exponent
    ? { from: power(to.exponent - from.exponent), to: "1" }
    : { from: "1", to: power(from.exponent - to.exponent) };
}

/** The slug endings that mark a metric printed at another scale. */
const scaleSuffixes = ["_usd_m", "_usd_bn", "_kt", "_t", "_bn", "_m"] as const;

/** The slug a metric's family is named by: its own without a scale ending. */
export function familyStem(slug: string): string {
  const suffix = scaleSuffixes.find((ending) => slug.endsWith(ending) && slug.length > ending.length);
  return suffix ? slug.slice(0, -suffix.length) : slug;
}

/** Every slug that could be in the family of `slug` (its stem and the stem with each scale ending). */
export function familyCandidates(slug: string): string[] {
  const stem = familyStem(slug);
  return [stem, ...scaleSuffixes.map((suffix) => `${stem}${suffix}`)];
}

export type ScaledMetric = { slug: string; unit: string };
export type FamilyMember<Metric extends ScaledMetric> = {
  metric: Metric;
  /** value in the chart's unit = printed × 10^shift */ shift: number;
};

/**
 * The metrics charted together with `metric`: those of the same stem whose unit is the same base unit at another
 * power of ten, each with the shift that brings its values into `metric`'s unit. `metric` itself comes first, with
 * shift 0; a metric without scale sisters is a family of one.
 */
export function scaleFamily<Metric extends ScaledMetric>(metric: Metric, candidates: readonly Metric[]): FamilyMember<Metric>[] {
  const own = scaledUnits[metric.unit];
  const stem = familyStem(metric.slug);
  const sisters = own
    ? candidates
        .filter((other) => other.slug !== metric.slug && familyStem(other.slug) === stem)
        .flatMap((other) => {
          const scale = scaledUnits[other.unit];
          return scale && scale.base === own.base ? [{ metric: other, shift: scale.exponent - own.exponent }] : [];
        })
        .sort((a, b) => a.metric.slug.localeCompare(b.metric.slug))
    : [];
  return [{ metric, shift: 0 }, ...sisters];
}

const decimalText = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A decimal's text times 10^shift, exactly: "1234.5" shifted by −3 is "1.2345", "4.2" by 3 is "4200". Digits
 * are moved, never rounded; what was significant stays so ("1.50" by 3 is "1500", "12.30" by −3 is "0.01230").
 */
export function shiftDecimal(value: string, shift: number): string {
  if (shift === 0) return value;
  const match = decimalText.exec(value);
  if (!match) throw new Error(`Not a plain decimal: ${JSON.stringify(value)}`);
  const [, minus = "", integer = "", fraction = ""] = match;
  let digits = integer + fraction;
  let point = integer.length + shift;
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) {
    digits = digits + "0".repeat(point - digits.length);
  }
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(point);
  return `${minus}${whole}${rest === "" ? "" : `.${rest}`}`;
}
