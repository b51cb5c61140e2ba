import { describe, expect, it } from "vitest";
import { eventTiming, lastDayOf, machineDate } from "./event-timing";

describe("eventTiming", () => {
  it("says a planned month that has gone by has no later report", () => {
    expect(eventTiming({ date: "2026-03-15", datePrecision: "month", status: "planned" }, "2026-11-28")).toEqual({
      kind: "overdue",
      text: "planned for March 2026; no later report in the data",
    });
  });

  it("keeps a planned date ahead, or in its own still-running month, as planned", () => {
    expect(eventTiming({ date: "2028-01-01", datePrecision: "year", status: "planned" }, "2026-11-28").text).toBe("planned for 2028");
    expect(eventTiming({ date: "2026-11-01", datePrecision: "month", status: "planned" }, "2026-11-28").kind).toBe("planned");
  });

  it("reports what happened as happened", () => {
    expect(eventTiming({ date: "2023-05-17", datePrecision: "day", status: "happened" }, "2026-11-28").kind).toBe("happened");
  });
});

describe("partial dates", () => {
  it("knows the last day a partial date may mean", () => {
    expect(lastDayOf("2024-02-01", "month")).toBe("2024-02-29");
    expect(lastDayOf("2028-01-01", "year")).toBe("2028-12-31");
  });

  it("writes the datetime attribute to the known precision", () => {
    expect(machineDate("2026-03-15", "month")).toBe("2026-03");
    expect(machineDate("2028-01-01", "year")).toBe("2028");
  });
});
