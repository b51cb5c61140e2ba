import "server-only";
import type { Database } from "../db/connect";

/**
 * What every read in lib/data receives as its first argument: the one way the data layer reaches the database.
 * A route gets it from `getDatabase()` (lib/db), a test passes the database it opened, an admin write passes its
 * transaction's. Only the SQL builder is part of it, not Prisma's query API: every read is Kysely or `sql`, so one
 * reader can stand for the database as it stood at another moment (`asOf`, lib/data/as-of) and no read can slip
 * past it. A full `Database` is a Reader.
 */
export type Reader = Pick<Database, "kysely"> & {
  /** The pool behind a PostgreSQL server's client, for COPY; absent on the embedded database and in the past. */
  pgPool?: Database["pgPool"];
  /** The moment this reader shows, when it is not now. */
  asOf?: Date;
};
