import type { Metadata } from "next";
import { NewRecordPage } from "../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "New route", robots: { index: false } };

export default function NewRoutePage() {
  return <NewRecordPage type="route" intro="One way from Russia to India that the dashboard compares; figures are then added for it." />;
}
