import type { Metadata } from "next";
import { parseClaimRef, claimRefText } from "@/lib/admin/rulings/ruling-input";
import { NewRecordPage } from "../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "New ruling", robots: { index: false } };

/** ?claim=figure:12 opens the form with that claim filled in. */
export default async function NewRulingPage({ searchParams }: PageProps<"/admin/rulings/new">) {
  const claimParam = (await searchParams).claim;
  const claim = typeof claimParam === "string" ? parseClaimRef(claimParam) : null;
  return (
    <NewRecordPage
      type="ruling"
      intro="One claim's ruling, with the reason readers will see beside it, and/or the earlier claim it supersedes."
      prefill={claim ? { claim: claimRefText(claim) } : {}}
    />
  );
}
