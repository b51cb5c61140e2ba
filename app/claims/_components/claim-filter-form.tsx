"use client";

import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useId, useTransition, type FormEvent } from "react";
import { claimOutcomes, type ClaimOutcome } from "@/lib/claims/claim-outcome";
import { claimQueryString, type ClaimQuery } from "@/lib/filters/claim-filter";
import { SelectField } from "@/components/select-field";

type Props = { filter: ClaimQuery; routes: { slug: string; name: string }[]; outcomeLabels: Record<string, string> };

/**
 * A plain GET form to /claims, which the server renders: it works without scripts (the Show button), and with
 * them a choice applies at once, and empty choices stay out of the address. The address keeps the selection, so
 * it can be shared.
 */
export function ClaimFilterForm({ filter, routes, outcomeLabels }: Props) {
  const id = useId();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const submit = (event: React.ChangeEvent<HTMLSelectElement>) => event.currentTarget.form?.requestSubmit();
  function navigate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === "string" && value !== "" ? value : undefined;
    };
    const query: ClaimQuery = { route: text("route"), outcome: text("outcome") as ClaimOutcome | undefined };
    startTransition(() => router.push(`/claims${claimQueryString(query)}` as Route));
  }
  return (
    <form
      className={pending ? "filter-form updating" : "filter-form"}
      method="get"
      action="/claims"
      aria-label="Filter claims"
      onSubmit={navigate}
    >
      <SelectField
        id={`${id}-route`}
        label="Route"
        name="route"
        anyLabel="All routes"
        options={routes.map((route) => ({ value: route.slug, label: route.name }))}
        defaultValue={filter.route ?? ""}
        onChange={submit}
      />
      <SelectField
        id={`${id}-outcome`}
        label="Outcome"
        name="outcome"
        anyLabel="Any outcome"
        options={claimOutcomes.map((outcome) => ({ value: outcome, label: outcomeLabels[outcome] ?? outcome }))}
        defaultValue={filter.outcome ?? ""}
        onChange={submit}
      />
      <div className="field field-actions">
        <button type="submit">Show</button>
      </div>
    </form>
  );
}
