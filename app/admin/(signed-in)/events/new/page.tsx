import type { Metadata } from "next";
import { NewRecordPage } from "../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "New event", robots: { index: false } };

export default function NewEventPage() {
  return <NewRecordPage type="event" intro="One milestone from one source, dated only as exactly as it is known." />;
}
