import { applyImport, ImportConflictError, ImportRowError, planImport, summarise } from "@/lib/admin/import/import-figures";
import { editorOnly } from "@/lib/auth/request-guard";
import { invalidateFor } from "@/lib/cache/invalidate-for";
import { toFormValues } from "@/lib/admin/figure-snapshot";
import { importLimits, parseFiguresCsv } from "@/lib/csv/import/parse-figures-csv";
import { getDatabase } from "@/lib/db";
import { ImportReportSchema, type ImportReport } from "@/lib/api/admin-answer-schemas";
import { apiErrorResponse } from "@/lib/http/api-error";
import { jsonAnswer } from "@/lib/http/json-answer";
import { readBodyBytes } from "@/lib/http/read-request-body";

export const dynamic = "force-dynamic";

const shown = 1_000;

/**
 * POST /api/admin/import?mode=dry-run|apply[&conflicts=overwrite], body: the CSV file (export format).
 * dry-run: what would be created, updated, left unchanged, and every row error; writes nothing.
 * apply: all or nothing, in one transaction; refused (422) with any row error, (409) with conflicts unless
 * conflicts=overwrite.
 */
export const POST = editorOnly(async (request, _context, editor) => {
  const url = new URL(request.url);
  const mode = url.searchParams.get("mode");
  if (mode !== "dry-run" && mode !== "apply") return apiErrorResponse(400, "mode must be dry-run or apply");
  const body = await readBodyBytes(request, importLimits.maxBytes, "The file");
  if (!body.ok) return body.response;
  const parsed = parseFiguresCsv(body.value);
  if (!parsed.ok) return apiErrorResponse(422, parsed.message, { details: { mode } });
  const db = await getDatabase();
  const plan = await planImport(db, parsed.rows, parsed.errors);
  const report: ImportReport = {
    mode,
    summary: summarise(plan),
    errors: plan.errors.slice(0, shown),
    conflicts: plan.conflicts
      .slice(0, shown)
      .map(({ current, ...conflict }) => ({ ...conflict, currentValue: current.value, currentNote: current.note })),
  };
  if (mode === "dry-run") return jsonAnswer(ImportReportSchema, report);
  if (plan.errors.length > 0) return apiErrorResponse(422, "The file has errors; nothing was imported.", { details: report });
  const overwrite = url.searchParams.get("conflicts") === "overwrite";
  if (plan.conflicts.length > 0 && !overwrite) {
    return apiErrorResponse(409, "Some figures changed since the file was exported; nothing was imported.", { details: report });
  }
  try {
    const summary = await applyImport(db, editor.editorId, plan, { overwriteConflicts: overwrite });
    // Every figure the import created or changed, before and after.
    const states = [...plan.creates.map((row) => row.values), ...plan.updates.flatMap((row) => [row.values, toFormValues(row.current)])];
    await invalidateFor({ kind: "figures", states: states.map(({ metric, route }) => ({ metric, route })) });
    return jsonAnswer(ImportReportSchema, { ...report, summary, message: "Imported." });
  } catch (error) {
    if (error instanceof ImportConflictError) return apiErrorResponse(409, error.message, { details: report });
    if (error instanceof ImportRowError) return apiErrorResponse(422, error.message, { details: report });
    throw error;
  }
});
