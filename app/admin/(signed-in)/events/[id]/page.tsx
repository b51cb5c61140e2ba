import type { Metadata } from "next";
import { EditRecordPage } from "../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit event", robots: { index: false } };

export default async function EditEventPage({ params, searchParams }: PageProps<"/admin/events/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <EditRecordPage type="event" idText={id} searchParams={query} />;
}
