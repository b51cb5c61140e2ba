import type { Metadata } from "next";
import Link from "next/link";
import { RecordIndexPage } from "../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Rulings on claims", robots: { index: false } };

export default async function AdminRulingsPage({ searchParams }: PageProps<"/admin/rulings">) {
  return (
    <RecordIndexPage
      type="ruling"
      searchParams={await searchParams}
      intro={
        <>
          Editors&apos; word on <Link href="/claims">claims</Link>: a ruling on an outcome the data cannot decide, always with its reason,
          and the earlier claim a postponed one supersedes. Deleting one lets the data decide again; its history can undo it.
        </>
      }
    />
  );
}
