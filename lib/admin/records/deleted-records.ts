import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { RecordType } from "./record-types";

/**
 * The deletions that still stand: for each route, metric or event (of one type, or all), its latest revision if
 * that is a deletion. Columns: record_type, record_id, version, before, created_at. The admin's "Deleted" lists
 * page through them; seeding reads them so it never re-creates what an editor deleted.
 */
export function standingDeletions(type?: RecordType): Prisma.Sql {
  const ofType = type ? Prisma.sql`WHERE record_type = ${type}::"RecordType"` : Prisma.empty;
  return Prisma.sql`
    SELECT * FROM (
      SELECT DISTINCT ON (record_type, record_id) record_type, record_id, action, version, before, created_at
      FROM record_revisions ${ofType}
      ORDER BY record_type, record_id, id DESC
    ) latest
    WHERE action = 'delete'`;
}
