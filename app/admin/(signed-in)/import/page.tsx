import type { Metadata } from "next";
import { ImportForm } from "@/components/admin/import-form";
import { requireEditor } from "../require-editor";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Import figures", robots: { index: false } };

export default async function ImportPage() {
  await requireEditor("/admin/import");
  return (
    <>
      <h1>Import figures from a CSV file</h1>
      <ImportForm />
    </>
  );
}
