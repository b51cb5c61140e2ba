import { z } from "zod";
import { maxInt4, storableText } from "../../validation/storable";
import { rulingOutcomes } from "../../claims/claim-outcome";
import type { ClaimRef } from "../../data/types";

// One schema for an editor's word on a claim, as the admin form holds it and the route handler checks it: the
// claim ("figure:12", "event:5"), a ruling on its outcome with the reason (both or neither), and the earlier
// claim it supersedes (a postponement, or for a happened event the planned one it fulfils). Clearing the ruling
// and the link is deleting the record (its history keeps it and can restore it).

const claimRefPattern = /^(figure|event):(\d{1,10})$/;

/** "figure:12" → { kind: "figure", id: 12 }; null for anything else (or an id beyond int4). */
export function parseClaimRef(text: string): ClaimRef | null {
  const match = claimRefPattern.exec(text.trim());
  if (!match) return null;
  const id = Number(match[2]);
  return id >= 1 && id <= maxInt4 ? { kind: match[1] as ClaimRef["kind"], id } : null;
}

export const claimRefText = (ref: ClaimRef) => `${ref.kind}:${ref.id}`;

const claimRefField = (label: string) =>
  storableText(40, label).refine(
    (text) => text === "" || parseClaimRef(text) !== null,
    `${label} must be written figure:<id> or event:<id>, as /claims shows it`,
  );

export const RulingInputSchema = z
  .object({
    claim: claimRefField("Claim").refine((text) => text !== "", "Claim is required"),
    outcome: z.enum(["", ...rulingOutcomes], { error: `Ruling must be one of ${rulingOutcomes.join(", ")}, or none` }),
    reason: storableText(2_000, "Reason"),
    supersedes: claimRefField("Supersedes"),
  })
  .superRefine((input, context) => {
    if (input.outcome !== "" && input.reason.trim() === "")
      context.addIssue({ code: "custom", path: ["reason"], message: "A ruling needs its reason" });
    if (input.outcome === "" && input.reason.trim() !== "")
      context.addIssue({ code: "custom", path: ["outcome"], message: "A reason needs a ruling: choose one, or clear the reason" });
    if (input.outcome === "" && input.supersedes.trim() === "") {
      context.addIssue({
        code: "custom",
        path: ["outcome"],
        message: "Give a ruling, or the claim this one supersedes (to clear both, delete the ruling)",
      });
    }
    if (input.supersedes.trim() !== "" && input.supersedes.trim() === input.claim.trim()) {
      context.addIssue({ code: "custom", path: ["supersedes"], message: "A claim cannot supersede itself" });
    }
  })
  .transform((input) => ({
    claim: parseClaimRef(input.claim)!,
    outcome: input.outcome === "" ? null : input.outcome,
    reason: input.outcome === "" ? null : input.reason.trim(),
    supersedes: input.supersedes.trim() === "" ? null : parseClaimRef(input.supersedes)!,
  }));

export type RulingFormValues = z.input<typeof RulingInputSchema>;
export type RulingInput = z.output<typeof RulingInputSchema>;

export const rulingFieldLabels: Record<keyof RulingFormValues, string> = {
  claim: "Claim",
  outcome: "Ruling",
  reason: "Reason",
  supersedes: "Supersedes",
};

export const emptyRulingForm: RulingFormValues = { claim: "", outcome: "", reason: "", supersedes: "" };
