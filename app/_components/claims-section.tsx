import type { Route } from "next";
import Link from "next/link";
import { ClaimEntry } from "@/components/claims/claim-entry";
import type { ClaimView } from "@/lib/data/types";
import { claimQueryString } from "@/lib/filters/claim-filter";

/**
 * A route's or metric's claims with their outcomes, compact: the dated ones each with what decided it, the undated
 * ones named in one line (nothing can decide them). /claims has each with its chain, notes and full citations.
 */
export function ClaimsSection({ claims, total, of, route }: { claims: ClaimView[]; total: number; of: string; route?: string }) {
  if (claims.length === 0) return null;
  const dated = claims.filter((claim) => claim.due !== null || claim.basis === "ruling");
  const undated = claims.filter((claim) => !dated.includes(claim));
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims and what became of them</h2>
      <p>
        {total === 1 ? "One plan, forecast or planned event" : `${total.toLocaleString("en")} plans, forecasts and planned events`} {of}, each
        held to its date{claims.length < total ? `; here the ${claims.length} with the latest target dates` : ""}.{" "}
        <Link href={`/claims${route ? claimQueryString({ route }) : ""}` as Route}>How outcomes are decided, and every claim</Link>.
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
          {undated.length === 1 ? "One more gives" : `${undated.length} more give`} no target date, so nothing decides{" "}
          {undated.length === 1 ? "it" : "them"}: {undated.map((claim) => claim.statement).join("; ")}.
        </p>
      ) : null}
    </section>
  );
}
