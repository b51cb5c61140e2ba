import type { Metadata } from "next";
import { RecordHistoryPage } from "../../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Metric history", robots: { index: false } };

export default async function MetricHistoryPage({ params }: PageProps<"/admin/metrics/[id]/history">) {
  return <RecordHistoryPage type="metric" idText={(await params).id} />;
}
