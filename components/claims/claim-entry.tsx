import type { Route } from "next";
import Link from "next/link";
import { SourceCitation, SourceLine, asOfPhrase } from "@/components/source-line";
import type { ClaimOutcome } from "@/lib/claims/claim-outcome";
import type { ClaimView, FigureView, SourceRef } from "@/lib/data/types";
import { toQueryString } from "@/lib/filters/figure-filter";
import { formatPartialDate } from "@/lib/format/format-date";
import { formatValue } from "@/lib/format/format-number";

// One claim as /claims lists it (full) or a metric or route page summarises it (compact): what was promised, by
// when, by whom, and what became of it with the evidence or the ruling that decided it.

export const outcomeLabels: Record<ClaimOutcome, string> = {
  pending: "Pending",
  met: "Met",
  missed: "Missed",
  overdue: "Overdue",
  unclear: "Unclear",
  withdrawn: "Withdrawn",
  undated: "Undated",
};

/** The outcome as a word in a bordered badge: the word carries the meaning, the colour only repeats it. */
export function OutcomeBadge({ outcome }: { outcome: ClaimOutcome }) {
  return <span className={`outcome outcome-${outcome}`}>{outcomeLabels[outcome]}</span>;
}

const figureLink = (figure: FigureView) =>
  `/figures${toQueryString({ metric: figure.metric.slug, ...(figure.periodStart ? { from: figure.periodStart } : {}), ...(figure.periodEnd ? { to: figure.periodEnd } : {}) })}` as Route;

/** Why the claim has its outcome, in a sentence. */
function basisSentence(claim: ClaimView): string {
  const due = claim.due ? formatPartialDate(claim.due.date, "day") : null;
  switch (claim.basis) {
    case "ruling":
      return `Ruled ${outcomeLabels[claim.outcome].toLowerCase()} by ${claim.ruling?.editor ?? "an editor"}${claim.ruling?.at ? ` on ${formatPartialDate(claim.ruling.at.slice(0, 10), "day")}` : ""}: ${claim.ruling?.reason ?? ""}`;
    case "undated":
      return "The source gives no date to hold it to, so it is not checked against later figures.";
    case "date":
      return claim.outcome === "pending"
        ? `Its date, ${due}, has not come yet.`
        : claim.ref.kind === "figure"
          ? `Its date, ${due}, has passed, and no statistic for exactly that period and subject is reported yet.`
          : `Its date, ${due}, has passed, and nothing recorded says it happened.`;
    case "evidence":
      if (claim.ref.kind === "event") {
        return claim.outcome === "met"
          ? "It happened by its date:"
          : claim.outcome === "missed"
            ? "It happened, but after its date:"
            : "It happened, but the dates known do not say whether by its date:";
      }
      if (claim.outcome === "met") return "Reported for the same period and subject: at least the target.";
      if (claim.outcome === "missed") return "Reported for the same period and subject: below the target.";
      return claim.metric && claim.evidence.figures.length > 1
        ? "Reported for the same period and subject, but the reports do not agree on whether the target was reached:"
        : "Reported for the same period and subject, in a measure where the rule does not say whether more is better; an editor rules:";
  }
}

/** The evidence, each with its source: cited in full, or (compact) by publisher and date, the title a click away. */
function Evidence({ claim, compact }: { claim: ClaimView; compact: boolean }) {
  const { figures, events } = claim.evidence;
  if (figures.length === 0 && events.length === 0) return null;
  const cite = (source: SourceRef) =>
    compact ? (
      <>
        {source.publisher}, {asOfPhrase(source)}
      </>
    ) : (
      <>
        <SourceCitation source={source} /> ({asOfPhrase(source)})
      </>
    );
  return (
    <ul className="claim-evidence">
      {figures.map((figure) => (
        <li key={`figure-${figure.id}`}>
          <Link href={figureLink(figure)} className="number">
            {formatValue(figure.value, figure.metric.unit)}
          </Link>{" "}
          reported for {figure.periodLabel ?? "the period"}; {cite(figure.source)}
        </li>
      ))}
      {events.map((event) => (
        <li key={`event-${event.id}`}>
          {event.title}, {formatPartialDate(event.date, event.datePrecision)}; {cite(event.source)}
        </li>
      ))}
    </ul>
  );
}

function Chain({ claim }: { claim: ClaimView }) {
  if (claim.chain.length === 0) return null;
  return (
    <div className="claim-chain">
      <p>Promised more than once, first to last:</p>
      <ol>
        {claim.chain.map((link) => {
          const self = link.kind === claim.ref.kind && link.id === claim.ref.id;
          return (
            <li key={`${link.kind}-${link.id}`} aria-current={self ? "true" : undefined}>
              {self ? <strong>{link.statement}</strong> : link.statement}
              {link.due ? `, ${link.due}` : ""} ({link.source.publisher}, {asOfPhrase(link.source)}) <OutcomeBadge outcome={link.outcome} />
              {self ? <span className="visually-hidden"> (this claim)</span> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

const statusWords: Record<ClaimView["status"], string> = { plan: "Plan", forecast: "Forecast", planned: "Planned event" };

/** `compact`: without the route, metric, id, chain and note (a metric or route page); `basis`: whether to say why it has its outcome. */
export function ClaimEntry({
  claim,
  headingLevel = 2,
  compact = false,
  basis = true,
}: {
  claim: ClaimView;
  headingLevel?: 2 | 3;
  compact?: boolean;
  basis?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={compact ? "claim claim-compact" : "claim"} aria-label={claim.statement}>
      <div className="claim-head">
        <Heading className="claim-statement">{claim.statement}</Heading>
        <OutcomeBadge outcome={claim.outcome} />
      </div>
      <p className="meta">
        {statusWords[claim.status]}
        {claim.due ? `, ${claim.due.text}` : ", no target date"}
        {claim.route && !compact ? (
          <>
            {" "}
            · <Link href={`/routes/${claim.route.slug}` as Route}>{claim.route.name}</Link>
          </>
        ) : null}
        {claim.metric && !compact ? (
          <>
            {" "}
            · <Link href={`/metrics/${claim.metric.slug}` as Route}>{claim.metric.name}</Link>
          </>
        ) : null}
        {!compact ? (
          <>
            {" "}
            · {claim.ref.kind} {claim.ref.id}
          </>
        ) : null}
      </p>
      {basis ? <p className="claim-basis">{basisSentence(claim)}</p> : null}
      <Evidence claim={claim} compact={compact} />
      {!compact ? <Chain claim={claim} /> : null}
      {claim.note && !compact ? <p className="note">{claim.note}</p> : null}
      <SourceLine source={claim.source} />
    </article>
  );
}
