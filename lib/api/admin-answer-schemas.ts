import { z } from "zod";
import type { RecordHistory } from "../admin/records/record-history-view";
import type { RecordListPage } from "../admin/records/record-list-row";
import type { AdminRecord, RecordSnapshot } from "../admin/records/record-types";
import type { ImportSummary } from "../admin/import/import-figures";
import type { RowError } from "../csv/import/parse-figures-csv";
import { same } from "./same-type";

// What the editors' API (/api/admin/…, /api/auth/…) answers on success, as zod schemas. The handlers build their
// answers through `jsonAnswer(schema, value)` (lib/http/json-answer.ts), so the compiler holds each answer to its
// schema; the browser's fetchApi (lib/http/fetch-api.ts) parses each answer with the same schema instead of casting
// it. `same` below also holds each schema to the type the data layer declares.

const id = z.number().int();

/** A record's identity and lock beside its fields, which are all text (RecordValues). */
export const AdminRecordSchema = z.object({ id, version: id, updatedAt: z.string() }).catchall(z.string());
same<z.infer<typeof AdminRecordSchema>["version"], AdminRecord["version"]>(true);

/** A record as a revision keeps it and a 409 reports it. */
export const RecordSnapshotSchema = z.object({ version: id, deleted: z.boolean(), seedKey: z.string().optional() }).catchall(z.string());
same<z.infer<typeof RecordSnapshotSchema>["deleted"], RecordSnapshot["deleted"]>(true);

/** POST/PUT/DELETE/restore of a record: the record as saved (unchanged: nothing was written, with why). */
export const RecordWriteAnswerSchema = z.object({
  record: AdminRecordSchema,
  unchanged: z.literal(true).optional(),
  message: z.string().optional(),
});

/** What a 409 of a record write carries beside the error envelope: the record as saved meanwhile. */
export const RecordConflictDetailsSchema = z.object({ current: RecordSnapshotSchema });

export const RecordListPageSchema = z.object({
  rows: z.array(
    AdminRecordSchema.extend({ deleted: z.boolean(), extra: z.record(z.string(), z.union([z.string(), z.number(), z.null()])) }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
same<keyof z.infer<typeof RecordListPageSchema>, keyof RecordListPage>(true);
same<z.infer<typeof RecordListPageSchema>["rows"][number]["extra"], RecordListPage["rows"][number]["extra"]>(true);

const RecordFieldChangeSchema = z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() });

export const RecordHistorySchema = z.object({
  version: id,
  deleted: z.boolean(),
  title: z.string(),
  revisions: z.array(
    z.object({
      id,
      action: z.enum(["create", "update", "delete", "restore"]),
      version: id,
      editor: z.string(),
      createdAt: z.string(),
      comment: z.string().nullable(),
      changes: z.array(RecordFieldChangeSchema),
      restorable: z.boolean(),
    }),
  ),
});
same<z.infer<typeof RecordHistorySchema>, RecordHistory>(true);

export const SignInAnswerSchema = z.object({ editor: z.object({ id, email: z.string(), name: z.string() }) });
export const SignOutAnswerSchema = z.object({ signedOut: z.literal(true) });

const ImportSummarySchema = z.object({
  rows: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  conflicts: z.number().int(),
  errors: z.number().int(),
});
same<z.infer<typeof ImportSummarySchema>, ImportSummary>(true);

const ImportRowErrorSchema = z.object({ line: z.number().int(), column: z.string(), message: z.string() });
same<z.infer<typeof ImportRowErrorSchema>, RowError>(true);

/**
 * POST /api/admin/import: what a dry run finds or an apply did. A refusal (422 errors, 409 conflicts) is the error
 * envelope with this report beside it; a file that cannot be read at all has only `mode` there.
 */
export const ImportReportSchema = z.object({
  mode: z.enum(["dry-run", "apply"]),
  summary: ImportSummarySchema,
  errors: z.array(ImportRowErrorSchema),
  conflicts: z.array(
    z.object({ line: z.number().int(), id, exportedVersion: id, currentVersion: id, currentValue: z.string(), currentNote: z.string() }),
  ),
  message: z.string().optional(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
