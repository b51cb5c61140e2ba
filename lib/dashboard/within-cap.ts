/**
 * The latest dated figures (latest period end first) within `cap`: whole periods only, unless the latest period
 * alone has more than `cap` figures, when its first `cap` are kept (`partial`).
 */
export function withinCap<F extends { periodEnd: string | null }>(latestFirst: F[], cap: number): { figures: F[]; partial: boolean } {
  if (latestFirst.length <= cap) return { figures: latestFirst, partial: false };
  const cutEnd = latestFirst[cap]!.periodEnd;
  const whole = latestFirst.slice(0, cap).filter((figure) => figure.periodEnd !== cutEnd);
  return whole.length > 0 ? { figures: whole, partial: false } : { figures: latestFirst.slice(0, cap), partial: true };
}
