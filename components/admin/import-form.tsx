"use client";

import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ImportReportSchema, type ImportReport } from "@/lib/api/admin-answer-schemas";
import { ApiError } from "@/lib/http/api-error";
import { readApiAnswer } from "@/lib/http/fetch-api";
import styles from "./import-form.module.css";
import { ColumnHeads } from "@/components/tables/column-heads";

// Upload a CSV in the export format: a dry run first (what would change, every row error), then apply – the
// same file, all or nothing. XMLHttpRequest rather than fetch, because only it reports upload progress; its answer
// is read by the same function as fetchApi's (readApiAnswer), with the schema the handler is held to.

/** The report, or as much of it as a refusal carries (a file that cannot be read has none), and the server's words. */
type Report = Partial<ImportReport> & { message?: string };

const PartialReportSchema = ImportReportSchema.partial();

function reportOf(status: number, body: unknown): { status: number; report: Report } {
  try {
    return { status, report: readApiAnswer(status, body, ImportReportSchema) };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const details = PartialReportSchema.safeParse(error.details);
    // A 2xx the form cannot read is a failure like a 500, not a report.
    return { status: status < 300 ? 500 : status, report: { ...(details.success ? details.data : {}), message: error.message } };
  }
}

/** The file's content, as a digest: "the same file" is the same bytes, not the same name (it may be saved again meanwhile). */
async function contentDigest(file: File): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function upload(file: File, query: string, onProgress: (fraction: number) => void): Promise<{ status: number; report: Report }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/admin/import?${query}`);
    request.setRequestHeader("Content-Type", "text/csv");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve(reportOf(request.status, request.response));
    request.onerror = () => reject(new Error("The upload failed: check your connection and try again."));
    request.send(file);
  });
}

/** The form's own fields (react-hook-form, as every admin form); the rest is the upload's progress and outcome. */
type ImportFields = { files: FileList | null; overwrite: boolean };

export function ImportForm() {
  const id = useId();
  const { register, control, setFocus } = useForm<ImportFields>({ defaultValues: { files: null, overwrite: false } });
  const file = useWatch({ control, name: "files" })?.[0] ?? null;
  const overwrite = useWatch({ control, name: "overwrite" });
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [status, setStatus] = useState("");
  // The file whose dry run passed, and its content then: Apply is offered for that file only, once.
  const [checked, setChecked] = useState<{ file: File; digest: string } | null>(null);

  async function run(mode: "dry-run" | "apply") {
    if (!file) {
      setStatus("Choose a CSV file first.");
      setFocus("files");
      return;
    }
    setBusy(true);
    setProgress(0);
    setStatus(mode === "dry-run" ? "Checking the file…" : "Importing…");
    try {
      const digest = await contentDigest(file);
      if (mode === "apply" && (checked?.file !== file || checked.digest !== digest)) {
        setChecked(null);
        setStatus("The file changed since it was checked: check it again before importing. Nothing was imported.");
        return;
      }
      const query = `mode=${mode}${mode === "apply" && overwrite ? "&conflicts=overwrite" : ""}`;
      const { status: code, report: result } = await upload(file, query, setProgress);
      setReport(result);
      // A dry run that passed lets this file be applied; an apply, whatever its outcome, needs a new dry run first.
      setChecked(mode === "dry-run" && code === 200 ? { file, digest } : null);
      if (code === 401) setStatus("Your session has ended: sign in again. Nothing was imported.");
      else if (mode === "apply" && code === 200) {
        setStatus(`Imported: ${result.summary?.create ?? 0} created, ${result.summary?.update ?? 0} updated.`);
      } else if (code === 200) {
        const errors = result.summary?.errors ?? 0;
        setStatus(
          errors > 0 ? `The file has ${errors} error${errors === 1 ? "" : "s"}; fix them and check again.` : "The file is ready to import.",
        );
      } else setStatus(result.message ?? `The server answered ${code}. Nothing was imported.`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const summary = report?.summary;
  const canApply =
    !busy &&
    checked !== null &&
    checked.file === file &&
    summary !== undefined &&
    summary.errors === 0 &&
    (summary.conflicts === 0 || overwrite) &&
    summary.create + summary.update > 0;

  return (
    <div className={styles.form}>
      <p>
        Upload a CSV in the export format: <a href="/api/csv/figures/template">download the template</a> (header only), or{" "}
        <a href="/api/csv/figures">export all figures</a>, change them in a spreadsheet, and bring them back. Rows with an id update that
        figure; rows without one are new. Nothing is written until you apply, and then all rows or none.
      </p>
      <div>
        <label htmlFor={`${id}-file`}>CSV file (UTF-8, up to 50 MB or 200,000 rows)</label>
        <br />
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          {...register("files", {
            onChange: () => {
              setChecked(null);
              setReport(null);
              setStatus("");
            },
          })}
        />
      </div>
      <div>
        <button type="button" onClick={() => void run("dry-run")} disabled={busy}>
          Check file (dry run)
        </button>{" "}
        <button type="button" onClick={() => void run("apply")} disabled={!canApply}>
          Apply import
        </button>
      </div>
      {progress !== null ? (
        <label>
          Uploading… <progress className={styles.progress} max={1} value={progress} aria-label="Upload progress" />
        </label>
      ) : null}
      <p role="status" aria-live="polite" className={report?.message && !summary ? styles.error : undefined}>
        {status}
      </p>
      {summary ? (
        <section aria-label="What the import does">
          <dl className={styles.summary}>
            {(
              [
                ["Rows", summary.rows],
                ["New", summary.create],
                ["Updated", summary.update],
                ["Unchanged", summary.unchanged],
                ["Conflicts", summary.conflicts],
                ["Errors", summary.errors],
              ] as const
            ).map(([label, count]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{count.toLocaleString("en-GB")}</dd>
              </div>
            ))}
          </dl>
          {report?.errors && report.errors.length > 0 ? (
            <>
              <h2>Errors</h2>
              <div className={styles.tableBox} tabIndex={0} role="region" aria-label="Row errors">
                <table>
                  <ColumnHeads columns={["Line", "Column", "Problem"]} />
                  <tbody>
                    {report.errors.map((error, index) => (
                      <tr key={`${error.line}-${error.column}-${index}`}>
                        <td>{error.line}</td>
                        <td>{error.column}</td>
                        <td>{error.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
          {report?.conflicts && report.conflicts.length > 0 ? (
            <>
              <h2>Changed since export</h2>
              <p>These figures were changed by someone after the file was exported. Applying the import would replace those changes.</p>
              <div className={styles.tableBox} tabIndex={0} role="region" aria-label="Conflicts">
                <table>
                  <ColumnHeads columns={["Line", "Figure", "Version in file", "Version now", "Value now"]} />
                  <tbody>
                    {report.conflicts.map((conflict) => (
                      <tr key={conflict.id}>
                        <td>{conflict.line}</td>
                        <td>
                          <a href={`/admin/figures/${conflict.id}/history`}>{conflict.id}</a>
                        </td>
                        <td>{conflict.exportedVersion}</td>
                        <td>{conflict.currentVersion}</td>
                        <td>{conflict.currentValue}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <label>
                <input type="checkbox" {...register("overwrite")} /> Apply my rows on top of those changes
              </label>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
