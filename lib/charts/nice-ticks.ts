/**
 * Axis ticks from a round number at or below `min` (0 unless the data go negative) to one at or above `max`, in 3 to 6
 * steps of 1, 2, 2.5, 4 or 5 times a power of ten, always through 0: the narrowest such span (least empty space),
 * then the step count nearest 5. Recharts' own tick count is fixed, so it often stops far above the data (0–8 for 4.5).
 */
export function niceTicks(max: number, min = 0): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (!(high - low > 0)) return [0, 1];
  const magnitude = 10 ** Math.floor(Math.log10(high - low));
  let best: { bottom: number; top: number; steps: number; step: number } | null = null;
  for (const power of [magnitude / 100, magnitude / 10, magnitude]) {
    for (const factor of [1, 2, 2.5, 4, 5]) {
      const step = factor * power;
      const bottom = low < 0 ? Math.floor(low / step + 1e-9) * step : 0;
      const steps = Math.ceil((high - bottom) / step - 1e-9);
      if (steps < 3 || steps > 6) continue;
      const top = bottom + steps * step;
      const span = top - bottom;
      const bestSpan = best ? best.top - best.bottom : Infinity;
      if (span < bestSpan - 1e-9 || (Math.abs(span - bestSpan) <= 1e-9 && best && Math.abs(steps - 5) < Math.abs(best.steps - 5))) {
        best = { bottom, top, steps, step };
      }
    }
  }
  const { bottom, steps, step } = best ?? { bottom: low, steps: 1, step: high - low };
  return Array.from({ length: steps + 1 }, (_, index) => Number((bottom + index * step).toPrecision(12)));
}
