import type { Metadata } from "next";
import { RecordHistoryPage } from "../../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Ruling history", robots: { index: false } };

export default async function RulingHistoryPage({ params }: PageProps<"/admin/rulings/[id]/history">) {
  return <RecordHistoryPage type="ruling" idText={(await params).id} />;
}
