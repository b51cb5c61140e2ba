import "server-only";
import { getPrisma } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import type { DatePrecision, EventView } from "../types";

type EventRow = {
  id: number;
  date: string;
  date_precision: DatePrecision;
  title: string;
  route_slug: string | null;
  route_name: string | null;
  status: "happened" | "planned";
  source_publisher: string;
  source_title: string;
  source_url: string | null;
  source_date: string | null;
  source_date_precision: DatePrecision | null;
};

/** Events in date order, optionally only those of one route (or of no route in particular). */
export async function getEvents(filter: { route?: string } = {}): Promise<EventView[]> {
  const prisma = await getPrisma();
  const where = filter.route ? Prisma.sql`WHERE r.slug = ${filter.route}` : Prisma.empty;
  const rows = await prisma.$queryRaw<EventRow[]>`
    SELECT e.id, e.date::text AS date, e.date_precision::text AS date_precision, e.title,
           r.slug AS route_slug, r.name AS route_name, e.status::text AS status,
           e.source_publisher, e.source_title, e.source_url, e.source_date::text AS source_date,
           e.source_date_precision::text AS source_date_precision
    FROM events e LEFT JOIN routes r ON r.id = e.route_id
    ${where}
    ORDER BY e.date, e.id`;
  return rows.map((row) => ({
    id: row.id,
    date: row.date,
    datePrecision: row.date_precision,
    title: row.title,
    route: row.route_slug && row.route_name ? { slug: row.route_slug, name: row.route_name } : null,
    status: row.status,
    source: {
      publisher: row.source_publisher,
      title: row.source_title,
      url: row.source_url,
      date: row.source_date,
      datePrecision: row.source_date_precision,
    },
  }));
}
