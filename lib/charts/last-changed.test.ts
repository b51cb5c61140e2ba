import { describe, expect, it } from "vitest";
import { lastChangedText, latestEdit } from "./last-changed";

describe("latestEdit", () => {
  it("is the newest edit, ignoring figures no editor changed", () => {
    expect(latestEdit([null, "2026-11-30T10:00:00.000Z", "2026-12-02T09:00:00.000Z", null, "2026-12-01T23:00:00.000Z"])).toBe(
      "2026-12-02T09:00:00.000Z",
    );
  });

  it("is null when none was edited, or there are no figures", () => {
    expect(latestEdit([null, null])).toBeNull();
    expect(latestEdit([])).toBeNull();
  });
});

describe("lastChangedText", () => {
  it("says the UTC day of the edit", () => {
    expect(lastChangedText("2026-12-02T23:59:59.999Z")).toBe("Last changed by an editor on 2 December 2026");
  });

  it("says that no editor has changed them, rather than giving the day they were loaded", () => {
    expect(lastChangedText(null)).toBe("No editor has changed these figures since they were loaded");
  });
});
