import type { Metadata } from "next";
import { RecordIndexPage } from "../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit metrics", robots: { index: false } };

export default async function AdminMetricsPage({ searchParams }: PageProps<"/admin/metrics">) {
  return (
    <RecordIndexPage
      type="metric"
      searchParams={await searchParams}
      intro="What the figures measure, each in one unit. Open one to correct its name or description; its unit is fixed while figures use it."
    />
  );
}
