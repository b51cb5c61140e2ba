import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureForm } from "@/components/admin/figure-form";
import { toFormValues } from "@/lib/admin/figure-snapshot";
import { getFigureForEdit } from "@/lib/admin/figures/get-figure-for-edit";
import { parseId } from "@/lib/admin/figures/write-response";
import { requireEditor } from "../../require-editor";
import { loadFormOptions } from "../load-form-options";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit figure", robots: { index: false } };

export default async function EditFigurePage({ params, searchParams }: PageProps<"/admin/figures/[id]">) {
  const [{ id: idText }, query] = await Promise.all([params, searchParams]);
  await requireEditor(`/admin/figures/${encodeURIComponent(idText)}`);
  const id = parseId(idText);
  if (id === null) notFound();
  const [figure, options] = await Promise.all([getFigureForEdit(id), loadFormOptions()]);
  if (!figure) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/admin/figures">Figures</Link> <span aria-hidden="true">/</span>{" "}
        <span aria-current="page">Figure {figure.id}</span>
      </nav>
      <h1>
        Edit figure {figure.id}: {figure.subject}
      </h1>
      <FigureForm
        // A new version from the server (after router.refresh or a restore) starts the form afresh.
        key={`${figure.id}-${figure.version}`}
        mode="edit"
        figureId={figure.id}
        initialVersion={figure.version}
        updatedAt={figure.updatedAt}
        deletedAt={figure.deletedAt ?? null}
        justCreated={query.created === "1"}
        options={options}
        initialValues={toFormValues(figure)}
      />
    </>
  );
}
