import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/admin/event-form";
import { getEventForEdit } from "@/lib/admin/events/event-writes";
import { parseId } from "@/lib/admin/figures/write-response";
import { getDatabase } from "@/lib/db";
import { requireEditor } from "../../require-editor";
import { loadEventRoutes } from "../load-event-routes";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit event", robots: { index: false } };

export default async function EditEventPage({ params, searchParams }: PageProps<"/admin/events/[id]">) {
  const [{ id: idText }, query] = await Promise.all([params, searchParams]);
  await requireEditor(`/admin/events/${encodeURIComponent(idText)}`);
  const id = parseId(idText);
  if (id === null) notFound();
  const [event, routes] = await Promise.all([getDatabase().then((db) => getEventForEdit(db, id)), loadEventRoutes()]);
  if (!event) notFound();
  const { id: _id, version, updatedAt, routeName: _routeName, ...values } = event;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/admin/events">Events</Link> <span aria-hidden="true">/</span> <span aria-current="page">Event {event.id}</span>
      </nav>
      <h1>
        Edit event {event.id}: {event.title}
      </h1>
      <EventForm
        key={`${event.id}-${version}`}
        mode="edit"
        eventId={event.id}
        initialVersion={version}
        updatedAt={updatedAt}
        justCreated={query.created === "1"}
        routes={routes}
        initialValues={values}
      />
    </>
  );
}
