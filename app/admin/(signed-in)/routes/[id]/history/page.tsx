import type { Metadata } from "next";
import { RecordHistoryPage } from "../../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Route history", robots: { index: false } };

export default async function RouteHistoryPage({ params }: PageProps<"/admin/routes/[id]/history">) {
  return <RecordHistoryPage type="route" idText={(await params).id} />;
}
