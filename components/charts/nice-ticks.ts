/**
 * Axis ticks from 0 to a round number at or above `max`, in 3 to 6 steps of 1, 2, 2.5, 4 or 5 times a power of ten:
 * the lowest such top (least empty space), then the step count nearest 5. Recharts' own tick count is fixed, so it
 * often stops far above the data (0–8 for 4.5).
 */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const magnitude = 10 ** Math.floor(Math.log10(max));
  let best: { top: number; steps: number; step: number } | null = null;
  for (const power of [magnitude / 100, magnitude / 10, magnitude]) {
    for (const factor of [1, 2, 2.5, 4, 5]) {
      const step = factor * power;
      const steps = Math.ceil(max / step - 1e-9);
      if (steps < 3 || steps > 6) continue;
      const top = steps * step;
      if (!best || top < best.top - 1e-9 || (Math.abs(top - best.top) <= 1e-9 && Math.abs(steps - 5) < Math.abs(best.steps - 5))) {
        best = { top, steps, step };
      }
    }
  }
  const { steps, step } = best ?? { steps: 1, step: max };
  return Array.from({ length: steps + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}
