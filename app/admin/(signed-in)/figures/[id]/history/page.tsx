import type { Metadata } from "next";
import { RecordHistoryPage } from "../../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Figure history", robots: { index: false } };

export default async function FigureHistoryPage({ params }: PageProps<"/admin/figures/[id]/history">) {
  return <RecordHistoryPage type="figure" idText={(await params).id} />;
}
