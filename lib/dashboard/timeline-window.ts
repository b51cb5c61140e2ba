// What the overview's timeline shows: the events around today, not every event there is. The events are editors'
// records and grow without bound, and the overview is the page every reader opens (on a phone, each event is
// markup to parse before the page answers); the whole timeline is its own page (/events).

/** Events dated up to today that the overview lists, the latest last. */
export const recentShown = 12;
/** Events dated after today that it lists, the soonest first. */
export const upcomingShown = 6;

export type TimelineWindow<E> = { shown: E[]; total: number; earlier: number; later: number };

/**
 * The `recentShown` latest events dated on or before `today` and the `upcomingShown` soonest after it, in date
 * order; with how many are left out before and after. An event planned for a date that has passed counts as recent.
 */
export function timelineWindow<E extends { date: string; id: number }>(events: readonly E[], today: string): TimelineWindow<E> {
  const ordered = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  const split = ordered.findIndex((event) => event.date > today);
  const past = split < 0 ? ordered : ordered.slice(0, split);
  const future = split < 0 ? [] : ordered.slice(split);
  const recent = past.slice(Math.max(0, past.length - recentShown));
  const upcoming = future.slice(0, upcomingShown);
  return {
    shown: [...recent, ...upcoming],
    total: ordered.length,
    earlier: past.length - recent.length,
    later: future.length - upcoming.length,
  };
}
