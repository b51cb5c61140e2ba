/**
 * Axis ticks that span the data and zero: from a round number at or below `min(low, 0)` to one at or above
 * `max(high, 0)`, in 3 to 6 steps of 1, 2, 2.5, 4 or 5 times a power of ten: the narrowest such span (least empty
 * space), then the step count nearest 5. Zero is always a tick, so a chart whose values cross it can draw its zero
 * line there, and a bar of −50% reads from zero downwards instead of sitting on an axis that starts at 0. Recharts'
 * own tick count is fixed, so it often stops far above the data (0–8 for 4.5).
 */
export function niceTicks(low: number, high: number): number[] {
  const bottom = Math.min(0, Number.isFinite(low) ? low : 0);
  const top = Math.max(0, Number.isFinite(high) ? high : 0);
  const span = top - bottom;
  if (!(span > 0)) return [0, 1];
  const magnitude = 10 ** Math.floor(Math.log10(span));
  let best: { first: number; steps: number; step: number } | null = null;
  for (const power of [magnitude / 100, magnitude / 10, magnitude]) {
    for (const factor of [1, 2, 2.5, 4, 5]) {
      const step = factor * power;
      const first = Math.floor(bottom / step + 1e-9);
      const last = Math.ceil(top / step - 1e-9);
      const steps = last - first;
      if (steps < 3 || steps > 6) continue;
      const width = steps * step;
      const bestWidth = best ? best.steps * best.step : Infinity;
      if (!best || width < bestWidth - 1e-9 || (Math.abs(width - bestWidth) <= 1e-9 && Math.abs(steps - 5) < Math.abs(best.steps - 5))) {
        best = { first, steps, step };
      }
    }
  }
  const { first, steps, step } = best ?? { first: 0, steps: 1, step: span };
  return Array.from({ length: steps + 1 }, (_, index) => Number(((first + index) * step).toPrecision(12)) || 0);
}

/**
 * Ticks for a logarithmic axis over positive values: each power of ten from below `low` to above `high`, with 2 and
 * 5 times each where the data spans fewer than three of them (else the axis would carry one or two labels). Null
 * when a value is zero or negative, which a log scale cannot place: the caller refuses the log view then.
 */
export function logTicks(low: number, high: number): number[] | null {
  if (!(low > 0) || !(high > 0) || !Number.isFinite(low) || !Number.isFinite(high)) return null;
  const first = Math.floor(Math.log10(Math.min(low, high)) + 1e-9);
  let last = Math.ceil(Math.log10(Math.max(low, high)) - 1e-9);
  if (last === first) last += 1;
  const multiples = last - first < 3 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let power = first; power <= last; power++) {
    for (const multiple of multiples) {
      const tick = Number((multiple * 10 ** power).toPrecision(12));
      if (power === last && multiple > 1) break;
      ticks.push(tick);
    }
  }
  // Trim the multiples beyond the data at either end, keeping one tick outside it so the points sit inside the axis.
  const below = ticks.filter((tick) => tick <= low * (1 + 1e-9));
  const above = ticks.filter((tick) => tick >= high * (1 - 1e-9));
  const from = below.at(-1) ?? ticks[0]!;
  const to = above[0] ?? ticks.at(-1)!;
  return ticks.filter((tick) => tick >= from && tick <= to);
}
