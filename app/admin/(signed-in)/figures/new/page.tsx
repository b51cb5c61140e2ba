import type { Metadata } from "next";
import { NewRecordPage } from "../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "New figure", robots: { index: false } };

export default function NewFigurePage() {
  return <NewRecordPage type="figure" intro="One value from one source. If two sources disagree, enter each as its own figure." />;
}
