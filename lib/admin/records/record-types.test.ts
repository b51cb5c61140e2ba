import { describe, expect, it } from "vitest";
import { diffRecordValues, valuesOf } from "./record-types";

const labels = { name: "Name", unit: "Unit" };

describe("record values", () => {
  it("diffs two states field by field, in the labels' order; a missing side reads as empty", () => {
    expect(diffRecordValues(labels, { name: "A", unit: "km" }, { name: "B", unit: "km" })).toEqual([
      { field: "name", label: "Name", before: "A", after: "B" },
    ]);
    expect(diffRecordValues(labels, null, { name: "A", unit: "km" })).toEqual([
      { field: "name", label: "Name", before: "", after: "A" },
      { field: "unit", label: "Unit", before: "", after: "km" },
    ]);
    expect(diffRecordValues(labels, { name: "A", unit: "km" }, { name: "A", unit: "km" })).toEqual([]);
  });

  it("takes a form's values out of a record or snapshot, leaving identity and version behind", () => {
    expect(valuesOf(labels, { name: "A", unit: "km", version: 3, id: 7 } as never)).toEqual({ name: "A", unit: "km" });
    expect(valuesOf(labels, { name: "A" })).toEqual({ name: "A", unit: "" });
  });
});
