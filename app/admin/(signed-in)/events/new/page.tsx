import type { Metadata } from "next";
import Link from "next/link";
import { EventForm } from "@/components/admin/event-form";
import { emptyEventForm } from "@/lib/admin/events/event-input";
import { requireEditor } from "../../require-editor";
import { loadEventRoutes } from "../load-event-routes";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "New event", robots: { index: false } };

export default async function NewEventPage() {
  await requireEditor("/admin/events/new");
  const routes = await loadEventRoutes();
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/admin/events">Events</Link> <span aria-hidden="true">/</span> <span aria-current="page">New event</span>
      </nav>
      <h1>New event</h1>
      <p>One milestone from one source, dated only as exactly as it is known.</p>
      <EventForm mode="create" routes={routes} initialValues={emptyEventForm} />
    </>
  );
}
