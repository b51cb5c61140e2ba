import "server-only";
import type { Database } from "../../db/connect";
import { parsePartialDate } from "../../dates/partial-date";
import type { Prisma } from "../../generated/prisma/client";
import { partialDateText, type AdminEvent, type EventFieldErrors, type EventInput, type EventSnapshot } from "./event-input";

// Every change to an event – create, update, delete – happens here, each in one transaction. Updates and deletes
// lock the row and compare versions, so of two editors saving the same version one wins and the other is told,
// with the winner's values: nothing is ever overwritten silently. Events have no deleted_at column: a delete is
// a hard delete, but only of the version the editor saw.

type Tx = Prisma.TransactionClient;

export type EventWriteResult =
  | { ok: true; event: AdminEvent }
  | { ok: false; kind: "invalid"; fieldErrors: EventFieldErrors }
  | { ok: false; kind: "conflict"; current: EventSnapshot }
  | { ok: false; kind: "not_found" };

const eventSelect = {
  id: true,
  date: true,
  datePrecision: true,
  title: true,
  status: true,
  sourcePublisher: true,
  sourceTitle: true,
  sourceUrl: true,
  sourceDate: true,
  sourceDatePrecision: true,
  version: true,
  updatedAt: true,
  route: { select: { slug: true, name: true } },
} as const satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

export function toAdminEvent(row: EventRow): AdminEvent {
  return {
    id: row.id,
    date: partialDateText(row.date, row.datePrecision),
    title: row.title,
    route: row.route?.slug ?? "",
    routeName: row.route?.name ?? null,
    status: row.status,
    sourcePublisher: row.sourcePublisher,
    sourceTitle: row.sourceTitle,
    sourceUrl: row.sourceUrl ?? "",
    sourceDate: partialDateText(row.sourceDate, row.sourceDatePrecision),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toSnapshot(event: AdminEvent): EventSnapshot {
  const { date, title, route, status, sourcePublisher, sourceTitle, sourceUrl, sourceDate, version } = event;
  return { date, title, route, status, sourcePublisher, sourceTitle, sourceUrl, sourceDate, version };
}

async function readEvent(tx: Tx, id: number): Promise<AdminEvent | null> {
  const row = await tx.event.findUnique({ where: { id }, select: eventSelect });
  return row ? toAdminEvent(row) : null;
}

/** Every event, newest first, for the admin list and GET /api/admin/events. */
export async function listEventsForAdmin(db: Database): Promise<AdminEvent[]> {
  const rows = await db.prisma.event.findMany({ select: eventSelect, orderBy: [{ date: "desc" }, { id: "desc" }] });
  return rows.map(toAdminEvent);
}

export async function getEventForEdit(db: Database, id: number): Promise<AdminEvent | null> {
  const row = await db.prisma.event.findUnique({ where: { id }, select: eventSelect });
  return row ? toAdminEvent(row) : null;
}

async function resolveRoute(tx: Tx, input: EventInput): Promise<{ routeId: number | null } | EventFieldErrors> {
  if (!input.route) return { routeId: null };
  const route = await tx.route.findUnique({ where: { slug: input.route }, select: { id: true } });
  return route ? { routeId: route.id } : { route: [`Unknown route "${input.route}"`] };
}

/** The database columns of a validated event: each partial date as its first day plus its precision. */
export function eventColumns(input: EventInput, routeId: number | null) {
  const date = parsePartialDate(input.date);
  if (!date) throw new Error(`Unvalidated event date ${JSON.stringify(input.date)}`);
  const sourceDate = input.sourceDate ? parsePartialDate(input.sourceDate) : null;
  return {
    date: date.date,
    datePrecision: date.precision,
    title: input.title,
    routeId,
    status: input.status,
    sourcePublisher: input.sourcePublisher,
    sourceTitle: input.sourceTitle,
    sourceUrl: input.sourceUrl,
    sourceDate: sourceDate?.date ?? null,
    sourceDatePrecision: sourceDate?.precision ?? null,
  };
}

/** Locks the event's row for this transaction; says whether it is missing or at another version than expected. */
async function lockForChange(tx: Tx, id: number, expectedVersion: number) {
  const locked = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM events WHERE id = ${id} FOR UPDATE`;
  const current = locked[0] ? await readEvent(tx, id) : null;
  if (!locked[0] || !current) return { ok: false as const, kind: "not_found" as const };
  if (locked[0].version !== expectedVersion) return { ok: false as const, kind: "conflict" as const, current: toSnapshot(current) };
  return { ok: true as const, current };
}

export async function createEvent(db: Database, input: EventInput): Promise<EventWriteResult> {
  return db.prisma.$transaction(async (tx) => {
    const route = await resolveRoute(tx, input);
    if (!("routeId" in route)) return { ok: false, kind: "invalid", fieldErrors: route };
    const { id } = await tx.event.create({ data: eventColumns(input, route.routeId), select: { id: true } });
    return { ok: true, event: (await readEvent(tx, id))! };
  });
}

export async function updateEvent(db: Database, id: number, expectedVersion: number, input: EventInput): Promise<EventWriteResult> {
  return db.prisma.$transaction(async (tx) => {
    const lock = await lockForChange(tx, id, expectedVersion);
    if (!lock.ok) return lock;
    const route = await resolveRoute(tx, input);
    if (!("routeId" in route)) return { ok: false, kind: "invalid", fieldErrors: route };
    await tx.event.update({ where: { id }, data: { ...eventColumns(input, route.routeId), version: { increment: 1 } } });
    return { ok: true, event: (await readEvent(tx, id))! };
  });
}

/** Deletes the event for good, if it is still at the version the editor saw; answers with what was deleted. */
export async function deleteEvent(db: Database, id: number, expectedVersion: number): Promise<EventWriteResult> {
  return db.prisma.$transaction(async (tx) => {
    const lock = await lockForChange(tx, id, expectedVersion);
    if (!lock.ok) return lock;
    await tx.event.delete({ where: { id } });
    return { ok: true, event: lock.current };
  });
}
