import type { Metadata, Route } from "next";
import Link from "next/link";
import { AsOfBanner } from "@/app/_components/as-of-banner";
import { CsvLink } from "@/app/_components/csv-link";
import { Pager } from "@/app/_components/pager";
import { Timeline } from "@/components/timeline";
import { eventsCsvUrl } from "@/lib/csv/csv-urls";
import { readEvents } from "@/lib/data/public-reads";
import { takeAsOf, withAsOf } from "@/lib/filters/as-of";
import { lenientPage, queryString } from "@/lib/filters/search-params";
import { countOf } from "@/lib/format/count-of";

// The whole timeline: every event in date order, a page of them at a time (events are editors' records, so a page
// stays bounded however many there are). The overview shows only the events around today and links here.

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Timeline" };

const pageSize = 100;

/** "/events?page=N"; the first page is the address without a page. */
const eventsPageHref = (page: number) => `/events${queryString([["page", page > 1 ? String(page) : undefined]])}` as Route;

export default async function EventsPage({ searchParams }: PageProps<"/events">) {
  const { asOf, errors, rest } = takeAsOf(await searchParams);
  const events = await readEvents(asOf);
  const pageCount = Math.max(1, Math.ceil(events.length / pageSize));
  const page = lenientPage(rest.get("page"));
  const first = (page - 1) * pageSize;
  const shown = events.slice(first, first + pageSize);
  return (
    <>
      <h1>Timeline</h1>
      <AsOfBanner asOf={asOf} errors={errors} today="/events" />
      <p className="lede">
        Every dated event Corridor Watch records, {countOf(events.length, "event")} in date order: agreements, openings, deadlines and
        plans, each dated as exactly as it is known, with whether it happened and its source.
      </p>
      <p className="downloads">
        <CsvLink href={withAsOf(eventsCsvUrl(), asOf)} of="every event" />
      </p>
      {pageCount > 1 && shown.length > 0 ? (
        <p>
          Events {(first + 1).toLocaleString("en")}–{(first + shown.length).toLocaleString("en")} of {events.length.toLocaleString("en")}.
        </p>
      ) : null}
      {events.length === 0 ? <p>No event is recorded yet.</p> : null}
      {shown.length === 0 && events.length > 0 ? (
        <p>
          This page is past the end. <Link href={withAsOf("/events", asOf) as Route}>Go to the first page</Link>.
        </p>
      ) : null}
      <section aria-label="Timeline">
        <Timeline events={shown} />
      </section>
      <Pager label="Pages of events" page={page} pageCount={pageCount} href={(to) => withAsOf(eventsPageHref(to), asOf)} />
    </>
  );
}
