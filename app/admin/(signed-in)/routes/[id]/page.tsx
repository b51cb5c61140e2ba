import type { Metadata } from "next";
import { EditRecordPage } from "../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit route", robots: { index: false } };

export default async function EditRoutePage({ params, searchParams }: PageProps<"/admin/routes/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <EditRecordPage type="route" idText={id} searchParams={query} />;
}
