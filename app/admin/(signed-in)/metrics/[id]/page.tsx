import type { Metadata } from "next";
import { EditRecordPage } from "../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit metric", robots: { index: false } };

export default async function EditMetricPage({ params, searchParams }: PageProps<"/admin/metrics/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <EditRecordPage type="metric" idText={id} searchParams={query} />;
}
