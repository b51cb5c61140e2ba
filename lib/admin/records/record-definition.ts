import "server-only";
import type { z } from "zod";
import type { Database } from "../../db/connect";
import type { Prisma } from "../../generated/prisma/client";
import type { RecordListPage } from "./record-list-row";
import type { RecordFieldErrors, RecordType, RecordValues } from "./record-types";

export type { RecordListPage, RecordListRow } from "./record-list-row";

export type Tx = Prisma.TransactionClient;

/**
 * A record as stored, in the form's terms. `seedKey` names the seed row it came from (events): it travels with the
 * record's snapshots so a restore keeps it, and so seeding never re-creates a record an editor deleted.
 */
export type StoredRecord<Values extends RecordValues> = {
  values: Values;
  version: number;
  updatedAt: Date;
  seedKey?: string | null;
  /** A soft-deleted record (a figure): its row is kept, marked deleted. */
  deleted?: boolean;
};

/** A deleted record put back: its old id, its next version and its seed key. */
export type RestoredIdentity = { id: number; version: number; seedKey?: string | null };

export type ColumnsResult<Columns> = { ok: true; columns: Columns } | { ok: false; fieldErrors: RecordFieldErrors };

/**
 * What the generic writes (record-writes.ts) need to know of one kind of record. Each kind says how to read a
 * record as form values, how to turn validated input into columns (checking what only the database knows), how
 * to insert, update and delete a row, and why a record may not be deleted.
 *
 * A delete is hard unless the kind gives `softDelete`: a hard delete removes the row (public queries need no
 * "deleted" filter; the revision keeps every value and a restore re-inserts the row under its old id); a soft
 * delete (figures) marks the row deleted – `remove` does that and bumps the version – and a restore unmarks it.
 */
export type RecordDefinition<Values extends RecordValues, Input, Columns> = {
  type: RecordType;
  /** Table name, used in the row lock (a fixed identifier, never user input). */
  table: "figures" | "routes" | "metrics" | "events" | "claim_rulings";
  noun: string;
  schema: z.ZodType<Input, Values>;
  labels: Record<keyof Values & string, string>;
  /** What the record is called in page titles (a route's name, a figure's subject). */
  title(values: Values, id: number): string;
  read(tx: Tx, id: number): Promise<StoredRecord<Values> | null>;
  /** Columns for the input, or field errors only the database can find; `current` is null when creating. */
  columns(tx: Tx, input: Input, current: { id: number; values: Values } | null): Promise<ColumnsResult<Columns>>;
  /** Inserts a row; a restore passes the deleted record's identity. Returns the id. */
  insert(tx: Tx, columns: Columns, identity?: RestoredIdentity): Promise<number>;
  /** Updates the row and bumps its version. */
  update(tx: Tx, id: number, columns: Columns): Promise<void>;
  /** Deletes the row, or for a soft delete marks it deleted and bumps its version. */
  remove(tx: Tx, id: number): Promise<void>;
  softDelete?: { undelete(tx: Tx, id: number): Promise<void> };
  /** Why the record cannot be deleted now (figures still point at it), or null. */
  inUse(tx: Tx, id: number): Promise<string | null>;
  /** The admin list of live records: filters, search, sort and page read from the query string. */
  list(db: Database, params: URLSearchParams): Promise<{ ok: true; page: RecordListPage<Values> } | { ok: false; issues: string[] }>;
};

// The handlers and pages work with any kind; the definitions themselves stay precisely typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance: Input and Columns differ per kind
export type AnyRecordDefinition = RecordDefinition<any, any, any>;
