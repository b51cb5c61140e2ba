import { describe, expect, it } from "vitest";
import { recentShown, timelineWindow, upcomingShown } from "./timeline-window";

const event = (date: string, id: number) => ({ date, id });
const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => event(`${from + index}-06-01`, from + index));

describe("timelineWindow", () => {
  it("keeps every event when there are few", () => {
    const events = [event("2030-01-01", 3), event("2020-01-01", 1), event("2024-05-01", 2)];
    expect(timelineWindow(events, "2026-12-08")).toEqual({
      shown: [event("2020-01-01", 1), event("2024-05-01", 2), event("2030-01-01", 3)],
      total: 3,
      earlier: 0,
      later: 0,
    });
  });

  it("shows the latest before today and the soonest after it, in date order, and counts the rest", () => {
    const window = timelineWindow(years(1990, 2040), "2026-12-08");
    expect(window.shown.map((entry) => entry.date.slice(0, 4))).toEqual([
      ...Array.from({ length: recentShown }, (_, index) => String(2026 - recentShown + 1 + index)),
      ...Array.from({ length: upcomingShown }, (_, index) => String(2027 + index)),
    ]);
    expect(window).toMatchObject({ total: 51, earlier: 2026 - 1990 + 1 - recentShown, later: 2040 - 2027 + 1 - upcomingShown });
  });

  it("counts an event on today's date as recent, and orders a day's events by id", () => {
    const window = timelineWindow([event("2026-12-08", 9), event("2026-12-08", 4), event("2026-12-09", 1)], "2026-12-08");
    expect(window.shown.map((entry) => entry.id)).toEqual([4, 9, 1]);
  });

  it("with only past or only future events, fills from that side alone", () => {
    expect(timelineWindow(years(1990, 2000), "2026-12-08")).toMatchObject({ earlier: 0, later: 0, total: 11 });
    expect(timelineWindow(years(2030, 2040), "2026-12-08")).toMatchObject({ earlier: 0, later: 11 - upcomingShown });
  });
});
