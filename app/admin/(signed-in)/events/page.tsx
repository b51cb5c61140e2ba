import type { Metadata, Route } from "next";
import Link from "next/link";
import styles from "@/components/admin/admin.module.css";
import { listEventsForAdmin } from "@/lib/admin/events/event-writes";
import { getDatabase } from "@/lib/db";
import { pathWithQuery, requireEditor } from "../require-editor";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit events", robots: { index: false } };

export default async function AdminEventsPage({ searchParams }: PageProps<"/admin/events">) {
  const query = await searchParams;
  await requireEditor(pathWithQuery("/admin/events", query));
  const events = await listEventsForAdmin(await getDatabase());
  return (
    <>
      <h1>Events</h1>
      <p role="status" aria-live="polite" className={query.deleted === "1" ? styles.status_ok : styles.statusEmpty}>
        {query.deleted === "1" ? "Event deleted." : null}
      </p>
      <p>
        The milestones on the public timelines, newest first. Open one to correct it or delete it.{" "}
        <Link href="/admin/events/new">New event</Link>
      </p>
      <div className={styles.scroll} role="region" aria-label="Events" tabIndex={0}>
        <table className={styles.table}>
          <caption className="visually-hidden">Every event, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col">Route</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td className={styles.nowrap}>{event.date}</td>
                <td>
                  <Link href={`/admin/events/${event.id}` as Route}>{event.title}</Link>
                </td>
                <td>{event.status}</td>
                <td>{event.routeName ?? <span className={styles.muted}>none</span>}</td>
                <td>{event.sourcePublisher}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {events.length === 0 ? <p>No events yet.</p> : null}
    </>
  );
}
