import type { Metadata } from "next";
import { NewRecordPage } from "../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "New metric", robots: { index: false } };

export default function NewMetricPage() {
  return <NewRecordPage type="metric" intro="One thing that figures measure, in one unit: a new unit needs a new metric." />;
}
