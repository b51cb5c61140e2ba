"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { FigureInputSchema, type FigureFormValues } from "@/lib/admin/figure-input";
import { snapshotFieldLabels, toFormValues } from "@/lib/admin/figure-snapshot";
import { figureStatuses } from "@/lib/filters/figure-filter";
import { adminKeys, createFigure, deleteFigure, updateFigure, type WriteOutcome } from "./admin-api";
import styles from "./admin.module.css";
import { ConfirmDeleteButton } from "./confirm-delete-button";
import { FieldHint } from "./field";
import { describeFieldValue, type FigureFormOptions } from "./figure-form-options";
import { FormField, FormNotices } from "./form-notices";
import { formatTimestamp } from "./format-timestamp";
import { useEditorForm, type EditorOutcome } from "./use-editor-form";

type Props = {
  options: FigureFormOptions;
  initialValues: FigureFormValues;
} & (
  | { mode: "create" }
  | { mode: "edit"; figureId: number; initialVersion: number; updatedAt: string; deletedAt: string | null; justCreated: boolean }
);

type Field = keyof FigureFormValues;

function outcomeOf(outcome: WriteOutcome): EditorOutcome<FigureFormValues> {
  if (outcome.kind !== "saved") return outcome;
  const { figure } = outcome;
  return { kind: "saved", saved: { id: figure.id, version: figure.version, updatedAt: figure.updatedAt, values: toFormValues(figure) } };
}

/**
 * Creates or edits one figure. The editor's input is validated with the same zod schema the server uses, on submit
 * (and again on every change once a submit has failed), and the server's 422 field errors are shown the same way:
 * beside each field, referenced by aria-describedby, with the input left as typed. An edit carries the figure's
 * version; if another editor saved first the server answers 409 and the form shows both versions side by side
 * (use-editor-form.ts has the states every admin form shares).
 */
export function FigureForm(props: Props) {
  const { options, mode } = props;
  const router = useRouter();
  const queryClient = useQueryClient();
  const figureId = mode === "edit" ? props.figureId : null;
  const deletedAt = mode === "edit" ? props.deletedAt : null;
  const form = useEditorForm<FigureFormValues>({
    noun: "figure",
    labels: snapshotFieldLabels,
    schema: FigureInputSchema,
    initialValues: props.initialValues,
    initial: mode === "edit" ? { version: props.initialVersion, updatedAt: props.updatedAt, justCreated: props.justCreated } : null,
    save: async (values, baseVersion) => outcomeOf(figureId === null ? await createFigure(values) : await updateFigure(figureId, values, baseVersion)),
    remove: async (baseVersion) => outcomeOf(await deleteFigure(figureId!, baseVersion)),
    onCreated: (saved) => router.push(`/admin/figures/${saved.id}?created=1` as Route),
    onDeleted: () => router.push("/admin/figures"),
    onWritten: () => void queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
  const { values, version, savedAt, pending } = form;
  const metric = options.metrics.find((candidate) => candidate.slug === values.metric);
  const readOnly = Boolean(deletedAt) || form.gone;
  const historyHref = figureId === null ? null : (`/admin/figures/${figureId}/history` as Route);

  /** Label, hint, control and error of one field, wired together with ids. */
  function field(name: Field, control: (props: ReturnType<typeof form.controlProps>) => ReactNode, hint?: ReactNode, label?: ReactNode) {
    return (
      <FormField form={form} name={name} label={label ?? snapshotFieldLabels[name]} hint={hint}>
        {control(form.controlProps(name, Boolean(hint)))}
      </FormField>
    );
  }

  return (
    <>
      {deletedAt && historyHref ? (
        <div className={styles.deletedNotice} role="note">
          <p>
            <strong>This figure is deleted</strong> (since {formatTimestamp(deletedAt)}): it is not shown on public pages and
            cannot be edited. Its values are kept; <Link href={historyHref}>restore a version from its history</Link> to bring it
            back.
          </p>
        </div>
      ) : null}

      <FormNotices
        form={form}
        noun="figure"
        labels={snapshotFieldLabels}
        describe={(field, value) => describeFieldValue(field, value, options)}
        goneNote={
          <>
            Another editor deleted this figure. {historyHref ? <Link href={historyHref}>Its history</Link> : "Its history"} can restore it.
          </>
        }
      />

      <form className={styles.figureForm} onSubmit={form.onSubmit} noValidate aria-label={mode === "create" ? "New figure" : "Edit figure"}>
        <input type="hidden" name="version" value={version} />
        <fieldset disabled={readOnly} className={styles.fieldsets}>
          <fieldset className={styles.group}>
            <legend>What is measured</legend>
            <div className={styles.row}>
              {field("metric", (props) => (
                <select {...props}>
                  <option value="">Choose a metric…</option>
                  {options.metrics.map((option) => (
                    <option key={option.slug} value={option.slug}>
                      {option.name}
                    </option>
                  ))}
                </select>
              ))}
              <div className={styles.field}>
                <label htmlFor="figure-unit">Unit</label>
                <FieldHint id="figure-unit-hint">unit from the metric</FieldHint>
                <input id="figure-unit" readOnly value={metric?.unit ?? "—"} aria-describedby="figure-unit-hint" className={styles.readOnly} />
              </div>
            </div>
            {field("route", (props) => (
              <select {...props}>
                <option value="">No single route</option>
                {options.routes.map((option) => (
                  <option key={option.slug} value={option.slug}>
                    {option.name}
                  </option>
                ))}
              </select>
            ))}
            {field(
              "subject",
              (props) => <input type="text" {...props} />,
              "What the figure is about, as a reader would say it: “Russia–Iran trade turnover”.",
            )}
          </fieldset>

          <fieldset className={styles.group}>
            <legend>Value and period</legend>
            <div className={styles.row}>
              {field(
                "value",
                (props) => (
                  <input
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    spellCheck={false}
                    {...props}
                  />
                ),
                "Exactly as the source gives it: 4.03 or -50. A point for decimals, no thousands separators, no unit.",
              )}
              {field(
                "status",
                (props) => (
                  <select {...props}>
                    {figureStatuses.map((option) => (
                      <option key={option} value={option}>
                        {option}
                      </option>
                    ))}
                  </select>
                ),
                "reported: a published statistic; claim: someone's statement; forecast or plan: not yet happened.",
              )}
            </div>
            <div className={styles.row}>
              {field("periodStart", (props) => (
                <input type="date" {...props} />
              ))}
              {field("periodEnd", (props) => (
                <input type="date" {...props} />
              ))}
              {field(
                "periodLabel",
                (props) => (
                  <input type="text" {...props} />
                ),
                "As people say it: “Jan–Apr 2024”, “H1 2023”, “2024”.",
              )}
            </div>
          </fieldset>

          <fieldset className={styles.group}>
            <legend>Source</legend>
            <div className={styles.row}>
              {field("sourcePublisher", (props) => (
                <input type="text" {...props} />
              ))}
              {field(
                "sourceDate",
                (props) => (
                  <input type="text" {...props} />
                ),
                "YYYY, YYYY-MM or YYYY-MM-DD: only as exact as the source.",
              )}
            </div>
            {field("sourceTitle", (props) => (
              <input type="text" {...props} />
            ))}
            {field("sourceUrl", (props) => (
              <input type="url" {...props} />
            ))}
            <div className={styles.row}>
              {field(
                "quotedSpeaker",
                (props) => (
                  <input type="text" {...props} />
                ),
                "The person the publisher quotes, if any: “Alexei Overchuk”.",
                "Person quoted (optional)",
              )}
              {field(
                "dataOwner",
                (props) => (
                  <input type="text" {...props} />
                ),
                "Whose data it is, if the publisher relays it: “State Statistics Committee”. Outlets relaying one owner count as one origin.",
                "Data owner (optional)",
              )}
            </div>
          </fieldset>

          <fieldset className={styles.group}>
            <legend>Note</legend>
            {field(
              "note",
              (props) => <textarea rows={4} {...props} />,
              "Shown beside the figure on public pages: what the reader must know to read it right.",
              "Note (optional)",
            )}
          </fieldset>
        </fieldset>

        {readOnly ? null : (
          <div className={styles.formActions}>
            <button type="submit" disabled={pending}>
              {form.saving ? "Saving…" : mode === "create" ? "Create figure" : "Save changes"}
            </button>
            {mode === "edit" ? (
              <ConfirmDeleteButton
                noun="figure"
                description={`“${values.subject}” will disappear from every public page and CSV. It is not erased: its history keeps every version, and it can be restored from there.`}
                pending={pending}
                onConfirm={form.confirmDelete}
              />
            ) : null}
            {historyHref ? (
              <p className={styles.versionLine}>
                <span>
                  Version {version}
                  {savedAt ? `, saved ${formatTimestamp(savedAt)}` : null}
                </span>
                {" · "}
                <Link href={historyHref}>History</Link>
              </p>
            ) : null}
          </div>
        )}
      </form>
    </>
  );
}
