import type { Metadata } from "next";
import Link from "next/link";
import { FigureForm } from "@/components/admin/figure-form";
import { emptyFigureForm } from "@/lib/admin/figure-input";
import { requireEditor } from "../../require-editor";
import { loadFormOptions } from "../load-form-options";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "New figure", robots: { index: false } };

export default async function NewFigurePage() {
  await requireEditor("/admin/figures/new");
  const options = await loadFormOptions();
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/admin/figures">Figures</Link> <span aria-hidden="true">/</span> <span aria-current="page">New figure</span>
      </nav>
      <h1>New figure</h1>
      <p>One value from one source. If two sources disagree, enter each as its own figure.</p>
      <FigureForm mode="create" options={options} initialValues={emptyFigureForm} />
    </>
  );
}
