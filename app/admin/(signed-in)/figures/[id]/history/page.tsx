import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureHistory } from "@/components/admin/figure-history";
import { getFigureForEdit } from "@/lib/admin/figures/get-figure-for-edit";
import { getFigureHistory } from "@/lib/admin/figures/get-figure-history";
import { parseId } from "@/lib/admin/figures/write-response";
import { requireEditor } from "../../../require-editor";
import { loadFormOptions } from "../../load-form-options";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Figure history", robots: { index: false } };

export default async function FigureHistoryPage({ params }: PageProps<"/admin/figures/[id]/history">) {
  const { id: idText } = await params;
  await requireEditor(`/admin/figures/${encodeURIComponent(idText)}/history`);
  const id = parseId(idText);
  if (id === null) notFound();
  const [figure, revisions, options] = await Promise.all([getFigureForEdit(id), getFigureHistory(id), loadFormOptions()]);
  if (!figure || !revisions) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/admin/figures">Figures</Link> <span aria-hidden="true">/</span>{" "}
        <Link href={`/admin/figures/${figure.id}`}>Figure {figure.id}</Link> <span aria-hidden="true">/</span>{" "}
        <span aria-current="page">History</span>
      </nav>
      <h1>
        History of figure {figure.id}: {figure.subject}
      </h1>
      <FigureHistory
        figureId={figure.id}
        currentVersion={figure.version}
        deletedAt={figure.deletedAt ?? null}
        initialRevisions={revisions}
        options={options}
      />
    </>
  );
}
