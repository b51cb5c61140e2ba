import type { Metadata } from "next";
import { EditRecordPage } from "../../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit figure", robots: { index: false } };

export default async function EditFigurePage({ params, searchParams }: PageProps<"/admin/figures/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <EditRecordPage type="figure" idText={id} searchParams={query} />;
}
