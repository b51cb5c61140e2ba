import type { Metadata } from "next";
import { RecordIndexPage } from "../_records/record-pages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit events", robots: { index: false } };

export default async function AdminEventsPage({ searchParams }: PageProps<"/admin/events">) {
  return (
    <RecordIndexPage
      type="event"
      searchParams={await searchParams}
      intro="The milestones on the public timelines, newest first. Open one to correct it or delete it; its history can undo either."
    />
  );
}
