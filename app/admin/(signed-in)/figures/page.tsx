import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AdminFigureList } from "@/components/admin/admin-figure-list";
import { getMetrics } from "@/lib/data/metrics/get-metrics";
import { getRoutes } from "@/lib/data/routes/get-routes";
import { pathWithQuery, requireEditor } from "../require-editor";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit figures", robots: { index: false } };

export default async function AdminFiguresPage({ searchParams }: PageProps<"/admin/figures">) {
  await requireEditor(pathWithQuery("/admin/figures", await searchParams));
  const [metrics, routes] = await Promise.all([getMetrics(), getRoutes()]);
  return (
    <>
      <h1>Figures</h1>
      <p>
        Every figure, including deleted ones on request. Open one to correct it, or see its history to undo a change.{" "}
        <Link href="/admin/figures/new">New figure</Link>
      </p>
      <Suspense>
        <AdminFigureList
          options={{
            metrics: metrics.map(({ slug, name, unit }) => ({ slug, name, unit })),
            routes: routes.map(({ slug, name }) => ({ slug, name })),
          }}
        />
      </Suspense>
    </>
  );
}
