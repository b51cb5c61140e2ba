// Amounts a plan or forecast can be checked against: a metric's unit read as a quantity of something at a decimal
// scale ("USD bn" is 10^9 USD, "thousand tonnes" 10^3 t). Scale sisters are metrics that count the same quantity
// at another scale (russia_india_trade_turnover in USD bn, russia_india_trade_turnover_usd_m in USD m): their
// figures are compared by exact decimal scaling, never through floating point (1,000 USD m is exactly 1 USD bn).
// Units not listed here (days, km, percent, USD per TEU…) are not amounts. The units and the slug endings are
// those of the charts' scale families (lib/metrics/scale-family.ts), so a chart and an outcome never disagree on
// which metrics count the same quantity.

import { familyStem, scaledUnit } from "../metrics/scale-family";

export function amountUnit(unit: string): { quantity: string; exponent: number } | null {
  const scaled = scaledUnit(unit);
  return scaled ? { quantity: scaled.base, exponent: scaled.exponent } : null;
}

/** The metric's family: its slug without a scale ending, and the quantity its unit counts; null if not an amount. */
export function amountFamily(metric: { slug: string; unit: string }): string | null {
  const unit = amountUnit(metric.unit);
  return unit ? `${familyStem(metric.slug)}|${unit.quantity}` : null;
}

/** Whether two metrics count the same quantity, each at its own scale (a metric is its own sister). */
export function areScaleSisters(a: { slug: string; unit: string }, b: { slug: string; unit: string }): boolean {
  const family = amountFamily(a);
  return family !== null && family === amountFamily(b);
}

/** A decimal as written ("4.119", "-50", "10686.85") as an integer and a power of ten: 4119 × 10^-3. */
function parseDecimal(text: string): { digits: bigint; exponent: number } {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new Error(`Not a decimal: ${JSON.stringify(text)}`);
  const [, sign = "", whole = "", fraction = ""] = match;
  return { digits: BigInt(`${sign}${whole}${fraction}`), exponent: -fraction.length };
}

/**
 * Compares two amounts of one quantity exactly, each in its own unit: −1, 0 or 1 as `a` is less than, equal to
 * or more than `b`. Throws if the units are not amounts of the same quantity (the caller checks sisters first).
 */
export function compareAmounts(a: { value: string; unit: string }, b: { value: string; unit: string }): -1 | 0 | 1 {
  const unitA = amountUnit(a.unit);
  const unitB = amountUnit(b.unit);
  if (!unitA || !unitB || unitA.quantity !== unitB.quantity) throw new Error(`Cannot compare ${a.unit} with ${b.unit}`);
  const x = parseDecimal(a.value);
  const y = parseDecimal(b.value);
  const exponentX = x.exponent + unitA.exponent;
  const exponentY = y.exponent + unitB.exponent;
  const common = Math.min(exponentX, exponentY);
  const scaledX = x.digits * 10n ** BigInt(exponentX - common);
  const scaledY = y.digits * 10n ** BigInt(exponentY - common);
  return scaledX < scaledY ? -1 : scaledX > scaledY ? 1 : 0;
}
