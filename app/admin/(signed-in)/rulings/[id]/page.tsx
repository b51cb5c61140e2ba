import type { Metadata } from "next";
import { EditRecordPage } from "../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit ruling", robots: { index: false } };

export default async function EditRulingPage({ params, searchParams }: PageProps<"/admin/rulings/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <EditRecordPage type="ruling" idText={id} searchParams={query} />;
}
