import type { Route } from "next";
import Link from "next/link";
import { ClaimEntry } from "@/components/claims/claim-entry";
import type { ClaimView } from "@/lib/data/types";
import { claimQueryString } from "@/lib/filters/claim-filter";

/**
 * A route's or metric's claims with their outcomes, compact: the dated ones each with what decided it, the undated
 * ones named in one line (nothing can decide them). /claims has each with its chain, notes and full citations.
 */
type Counts = { total: number; undated: number };

export function ClaimsSection({ claims, counts, of, route }: { claims: ClaimView[]; counts: Counts; of: string; route?: string }) {
  if (claims.length === 0) return null;
  const { total } = counts;
  const dated = claims.filter((claim) => claim.due !== null);
  const undated = claims.filter((claim) => claim.due === null);
  const datedTotal = total - counts.undated;
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims and what became of them</h2>
      <p>
        {total === 1 ? "One plan, forecast or planned event" : `${total.toLocaleString("en")} plans, forecasts and planned events`} {of},
        each held to its date
        {dated.length < datedTotal
          ? `; here the ${dated.length} with the latest target dates of ${datedTotal.toLocaleString("en")}`
          : ""}. <Link href={`/claims${route ? claimQueryString({ route }) : ""}` as Route}>How outcomes are decided, and every claim</Link>
        .
      </p>
      {dated.length > 0 ? (
        <ol className="claim-list">
          {dated.map((claim) => (
            <li key={`${claim.ref.kind}-${claim.ref.id}`}>
              <ClaimEntry claim={claim} headingLevel={3} compact />
            </li>
          ))}
        </ol>
      ) : null}
      {undated.length > 0 ? (
        <p>
          {counts.undated === 1 ? "One gives" : `${counts.undated.toLocaleString("en")} give`} no target date, so nothing decides{" "}
          {counts.undated === 1 ? "it" : "them"}:{" "}
          {undated.map((claim) => (claim.ruling ? `${claim.statement} (ruled ${claim.outcome})` : claim.statement)).join("; ")}
          {undated.length < counts.undated ? `; and ${(counts.undated - undated.length).toLocaleString("en")} more` : ""}.
        </p>
      ) : null}
    </section>
  );
}
