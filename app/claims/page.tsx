import type { Metadata, Route } from "next";
import Link from "next/link";
import { ClaimEntry, outcomeLabels } from "@/components/claims/claim-entry";
import { claimOutcomes, type ClaimOutcome } from "@/lib/claims/claim-outcome";
import { getClaimsPage } from "@/lib/data/claims/get-claims";
import { getRoutes } from "@/lib/data/routes/get-routes";
import { claimQueryString, parseClaimFilter } from "@/lib/filters/claim-filter";
import { queryString } from "@/lib/filters/search-params";
import { takeAsOf, withAsOf } from "@/lib/filters/as-of";
import { readerAt } from "@/lib/data/as-of";
import { AsOfBanner } from "@/app/_components/as-of-banner";
import { countOf } from "@/lib/format/count-of";
import { Pager } from "@/app/_components/pager";
import { SelectionErrors } from "@/app/_components/selection-errors";
import { ClaimFilterForm } from "./_components/claim-filter-form";

// Outcomes depend on the day as well as the data, so the page is rendered on every request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Claims against outcomes",
  description:
    "Plans, forecasts and planned events on the corridors, each held to its date: pending, met, missed or overdue, with the evidence.",
};

const claimsPerPage = 100;

export default async function ClaimsPage({ searchParams }: PageProps<"/claims">) {
  const { asOf, errors: asOfErrors, rest } = takeAsOf(await searchParams);
  const db = await readerAt(asOf);
  const parsed = parseClaimFilter(rest);
  const routes = await getRoutes(db);
  const filter = parsed.ok ? parsed.filter : {};
  const unknownRoute =
    parsed.ok && filter.route && !routes.some((route) => route.slug === filter.route) ? [`'route' "${filter.route}" is not a route`] : [];
  const errors = parsed.ok ? unknownRoute : parsed.errors;
  const list =
    errors.length === 0
      ? await getClaimsPage(db, { route: filter.route, outcome: filter.outcome, page: filter.page }, claimsPerPage)
      : null;
  const tally = list?.tally ?? new Map<ClaimOutcome, number>();
  const shown = list?.shown ?? 0;
  const { page = 1, pageCount = 1 } = list ?? {};
  // Claims without a date are listed once under their own heading rather than each saying so (a ruled one says why).
  // A page holds at most claimsPerPage of them, dated ones first, so the page stays small however many there are.
  const dated = list?.claims.filter((claim) => claim.due !== null) ?? [];
  const undated = list?.claims.filter((claim) => claim.due === null) ?? [];
  const undatedTotal = list?.undatedShown ?? 0;
  const pageHref = (to: number) => withAsOf(`/claims${claimQueryString({ ...filter, page: to })}`, asOf) as Route;
  const routeName = routes.find((route) => route.slug === filter.route)?.name;

  return (
    <>
      <h1>Claims against outcomes</h1>
      <AsOfBanner asOf={asOf} errors={asOfErrors} today={`/claims${queryString(rest)}`} />
      <p className="lede">
        Plans, forecasts and planned events, each held to its own date. A claim is <strong>pending</strong> until its date, then{" "}
        <strong>met</strong> or <strong>missed</strong> when a later report decides it, or <strong>overdue</strong> while none does. An
        editor may rule otherwise, always with a reason.
      </p>
      <details className="claim-rule">
        <summary>How an outcome is decided</summary>
        <ul>
          <li>
            A figure&apos;s target date is the end of its period. Evidence is a <em>reported</em> statistic (not an official&apos;s claim)
            of the same metric, or the same quantity at another scale (USD m beside USD bn, compared exactly), for the same subject, route
            and exactly the same period: a fiscal year is no evidence for a calendar-year target, nor nine months for a year.
          </li>
          <li>
            A target of trade, cargo or revenue is read as &ldquo;at least&rdquo;: <strong>met</strong> if every report reaches it,{" "}
            <strong>missed</strong> if none does, <strong>unclear</strong> if reports fall on both sides, or if the measure (days, percent,
            costs) does not say whether more is better.
          </li>
          <li>
            A planned event is met by a happened event an editor links to it, on time at the precision of its date (&ldquo;March 2026&rdquo;
            runs to 31 March); a later promise linked to it keeps the chain of postponements.
          </li>
          <li>
            A figure without a target date is <strong>undated</strong>: nothing is guessed. An editor&apos;s ruling (met, missed, overdue,
            withdrawn) always comes with its reason, and its history is kept.
          </li>
        </ul>
      </details>

      <ClaimFilterForm
        key={claimQueryString(filter)}
        filter={filter}
        routes={routes.map(({ slug, name }) => ({ slug, name }))}
        outcomeLabels={outcomeLabels}
      />

      {errors.length > 0 ? (
        <SelectionErrors errors={errors} lead="This selection cannot be shown:" />
      ) : (
        <>
          <nav aria-label="Claims by outcome" className="outcome-tally">
            <ul>
              {claimOutcomes
                .filter((outcome) => tally.has(outcome))
                .map((outcome) => (
                  <li key={outcome}>
                    <Link
                      href={`/claims${claimQueryString({ ...filter, outcome, page: undefined })}` as Route}
                      aria-current={filter.outcome === outcome ? "page" : undefined}
                      className={`outcome outcome-${outcome}`}
                    >
                      {outcomeLabels[outcome]} {tally.get(outcome)}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
          <p className="result-count" role="status">
            {countOf(shown, "claim")}
            {filter.outcome ? ` ${outcomeLabels[filter.outcome].toLowerCase()}` : ""}
            {routeName ? ` on the ${routeName}` : ""}
            {filter.outcome || filter.route ? (
              <>
                {" "}
                · <Link href="/claims">every claim</Link>
              </>
            ) : null}
          </p>
          {shown === 0 ? <p>No claim matches this selection.</p> : null}
          <ol className="claim-list">
            {dated.map((claim) => (
              <li key={`${claim.ref.kind}-${claim.ref.id}`}>
                <ClaimEntry claim={claim} />
              </li>
            ))}
          </ol>
          {undated.length > 0 ? (
            <section aria-labelledby="undated-claims-heading">
              <h2 id="undated-claims-heading">Without a target date</h2>
              <p>
                {undatedTotal === 1 ? "This plan or forecast gives" : `These ${undatedTotal} plans and forecasts give`} no date to hold them
                to, so they are listed as their sources give them and never checked against later figures.
              </p>
              <ol className="claim-list">
                {undated.map((claim) => (
                  <li key={`${claim.ref.kind}-${claim.ref.id}`}>
                    <ClaimEntry claim={claim} headingLevel={3} basis={claim.basis === "ruling"} />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          <Pager label="Pages of claims" page={page} pageCount={pageCount} href={pageHref} />
        </>
      )}
    </>
  );
}
