import type { Metadata } from "next";
import { RecordIndexPage } from "../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit routes", robots: { index: false } };

export default async function AdminRoutesPage({ searchParams }: PageProps<"/admin/routes">) {
  return (
    <RecordIndexPage
      type="route"
      searchParams={await searchParams}
      intro="The routes the dashboard compares: the INSTC's branches first, then the alternatives. Open one to correct it; a route that figures or events use cannot be deleted."
    />
  );
}
