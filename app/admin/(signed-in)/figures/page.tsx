import type { Metadata } from "next";
import { RecordIndexPage } from "../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit figures", robots: { index: false } };

export default async function AdminFiguresPage({ searchParams }: PageProps<"/admin/figures">) {
  return (
    <RecordIndexPage
      type="figure"
      searchParams={await searchParams}
      intro="Every figure, including deleted ones on request. Open one to correct it, or see its history to undo a change."
    />
  );
}
