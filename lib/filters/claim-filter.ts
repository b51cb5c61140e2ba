import { z } from "zod";
import { claimOutcomes } from "../claims/claim-outcome";
import { slugPattern, storableText } from "../validation/storable";
import { queryString, singleValues } from "./search-params";

// /claims's query string (?route=…&outcome=…): parsed like the figure filter, unknown or repeated keys refused,
// empty values absent, so a shared link always means the same selection.

export const claimFilterKeys = ["route", "outcome", "page"] as const;

const ClaimFilterSchema = z.object({
  route: storableText(1_000, "").regex(slugPattern, "must be a slug such as instc-west").optional(),
  outcome: z.enum(claimOutcomes, { error: `must be one of ${claimOutcomes.join(", ")}` }).optional(),
  // A page of the list: at most a few thousand pages even at a million figures, so six digits are plenty.
  page: storableText(6, "")
    .regex(/^[1-9]\d*$/, "must be a page number such as 2")
    .transform(Number)
    .optional(),
});

export type ClaimQuery = z.infer<typeof ClaimFilterSchema>;

export function parseClaimFilter(params: URLSearchParams): { ok: true; filter: ClaimQuery } | { ok: false; errors: string[] } {
  const { input, errors } = singleValues(params, claimFilterKeys);
  const result = ClaimFilterSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues)
      errors.push(`'${issue.path.join(".")}' ${issue.message} (got "${input[String(issue.path[0])] ?? ""}")`);
  }
  return errors.length > 0 || !result.success ? { ok: false, errors } : { ok: true, filter: result.data };
}

/** The filter as a query string, keys in a fixed order. */
export function claimQueryString(filter: ClaimQuery): string {
  // Page 1 is the address without a page.
  return queryString([
    ["route", filter.route],
    ["outcome", filter.outcome],
    ["page", filter.page && filter.page > 1 ? String(filter.page) : undefined],
  ]);
}
