import { describe, expect, it } from "vitest";
import { recordFieldErrorsOf } from "../records/record-types";
import { parseClaimRef, RulingInputSchema } from "./ruling-input";

const errorsOf = (values: Record<string, string>) => {
  const result = RulingInputSchema.safeParse(values);
  return result.success ? {} : recordFieldErrorsOf(result.error);
};

describe("ruling input", () => {
  it("reads a ruling with its reason and a supersedes link", () => {
    expect(
      RulingInputSchema.parse({ claim: "event:9", outcome: "missed", reason: " Not started by April 2026 ", supersedes: "event:3" }),
    ).toEqual({
      claim: { kind: "event", id: 9 },
      outcome: "missed",
      reason: "Not started by April 2026",
      supersedes: { kind: "event", id: 3 },
    });
    expect(RulingInputSchema.parse({ claim: "figure:12", outcome: "", reason: "", supersedes: "figure:4" })).toMatchObject({
      outcome: null,
      reason: null,
    });
  });

  it("refuses a ruling without a reason, a reason without a ruling, an empty record and a claim superseding itself", () => {
    expect(errorsOf({ claim: "figure:1", outcome: "met", reason: " ", supersedes: "" }).reason).toEqual(["A ruling needs its reason"]);
    expect(errorsOf({ claim: "figure:1", outcome: "", reason: "because", supersedes: "figure:2" }).outcome?.[0]).toMatch(
      /reason needs a ruling/,
    );
    expect(errorsOf({ claim: "figure:1", outcome: "", reason: "", supersedes: "" }).outcome?.[0]).toMatch(/Give a ruling/);
    expect(errorsOf({ claim: "event:4", outcome: "", reason: "", supersedes: "event:4" }).supersedes).toEqual([
      "A claim cannot supersede itself",
    ]);
  });

  it("refuses claim references it cannot read, and an outcome only the data can give", () => {
    expect(errorsOf({ claim: "figure 12", outcome: "met", reason: "r", supersedes: "" }).claim?.[0]).toMatch(/figure:<id> or event:<id>/);
    expect(errorsOf({ claim: "figure:1", outcome: "pending", reason: "r", supersedes: "" }).outcome?.[0]).toMatch(
      /must be one of met, missed, overdue, withdrawn/,
    );
    expect(parseClaimRef("figure:0")).toBeNull();
    expect(parseClaimRef("event:2147483648")).toBeNull();
    expect(parseClaimRef("event:2147483647")).toEqual({ kind: "event", id: 2147483647 });
  });
});
