import type { Route } from "next";
import Link from "next/link";
import { ClaimEntry } from "@/components/claims/claim-entry";
import type { ClaimView } from "@/lib/data/types";
import { claimQueryString } from "@/lib/filters/claim-filter";

/** A route's or metric's claims with their outcomes, compact; /claims has each with its chain and notes. */
export function ClaimsSection({ claims, of, route }: { claims: ClaimView[]; of: string; route?: string }) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims and what became of them</h2>
      <p>
        {claims.length === 1 ? "One plan, forecast or planned event" : `${claims.length} plans, forecasts and planned events`} {of}, each held
        to its date. <Link href={`/claims${route ? claimQueryString({ route }) : ""}` as Route}>How outcomes are decided, and every claim</Link>.
      </p>
      <ol className="claim-list">
        {claims.map((claim) => (
          <li key={`${claim.ref.kind}-${claim.ref.id}`}>
            <ClaimEntry claim={claim} headingLevel={3} compact />
          </li>
        ))}
      </ol>
    </section>
  );
}
