import type { Metadata } from "next";
import { RecordHistoryPage } from "../../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Event history", robots: { index: false } };

export default async function EventHistoryPage({ params }: PageProps<"/admin/events/[id]/history">) {
  return <RecordHistoryPage type="event" idText={(await params).id} />;
}
