"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { valuesOf, type AdminRecord, type RecordType, type RecordValues } from "@/lib/admin/records/record-types";
import styles from "../admin.module.css";
import { ConfirmDeleteButton } from "../confirm-delete-button";
import { FieldHint } from "../field";
import { FormField, FormNotices } from "../form-notices";
import { formatTimestamp } from "../format-timestamp";
import { useEditorForm, type EditorOutcome } from "../use-editor-form";
import { createRecord, deleteRecord, recordKeys, updateRecord, type RecordWriteOutcome } from "./record-api";
import { ChecklistPicker } from "./checklist-picker";
import { describeValue, type FieldSpec, type RecordConfig, type RecordOptions } from "./record-config";
import { recordConfigs } from "./record-configs";

type Props = {
  type: RecordType;
  /** Options loaded from the database for selects without fixed ones (an event's route). */
  options: RecordOptions;
  initialValues: RecordValues;
} & ({ mode: "create" } | { mode: "edit"; recordId: number; initialVersion: number; updatedAt: string; justCreated: boolean });

function outcomeOf(config: RecordConfig, outcome: RecordWriteOutcome): EditorOutcome<RecordValues> {
  if (outcome.kind !== "saved") return outcome;
  const record: AdminRecord = outcome.record;
  return {
    kind: "saved",
    saved: { id: record.id, version: record.version, updatedAt: record.updatedAt, values: valuesOf(config.labels, record) },
    unchanged: outcome.unchanged,
  };
}

/**
 * Creates, corrects or deletes one record of any kind (a figure, route, metric, event or ruling), its fields drawn
 * from the kind's config. Validation,
 * version checks, conflicts and deletion work as in every admin form (use-editor-form.ts); the history keeps what
 * was deleted, and its page can restore it.
 */
export function RecordForm(props: Props) {
  const { type, options, mode } = props;
  const config = recordConfigs[type];
  const router = useRouter();
  const queryClient = useQueryClient();
  const recordId = mode === "edit" ? props.recordId : null;
  const form = useEditorForm<RecordValues>({
    noun: config.noun,
    labels: config.labels,
    schema: config.schema,
    initialValues: props.initialValues,
    initial: mode === "edit" ? { version: props.initialVersion, updatedAt: props.updatedAt, justCreated: props.justCreated } : null,
    save: async (values, baseVersion) =>
      outcomeOf(config, recordId === null ? await createRecord(type, values) : await updateRecord(type, recordId, values, baseVersion)),
    remove: async (baseVersion) => outcomeOf(config, await deleteRecord(type, recordId!, baseVersion)),
    onCreated: (saved) => router.push(`/admin/${config.plural}/${saved.id}?created=1` as Route),
    onDeleted: (saved) => router.push(`/admin/${config.plural}?deletedId=${saved.id}` as Route),
    onWritten: () => void queryClient.invalidateQueries({ queryKey: recordKeys.all(type) }),
  });
  const historyHref = recordId === null ? null : (`/admin/${config.plural}/${recordId}/history` as Route);
  const publicPath = mode === "edit" && config.publicPath ? config.publicPath(props.initialValues) : null;

  function renderField(spec: FieldSpec) {
    if (spec.control === "derived") {
      const id = form.fieldId(spec.name);
      return (
        <div key={spec.name} className={styles.field}>
          <label htmlFor={id}>{spec.label}</label>
          {spec.hint ? <FieldHint id={`${id}-hint`}>{spec.hint}</FieldHint> : null}
          <input
            id={id}
            readOnly
            value={spec.derive?.(form.values, options) ?? ""}
            aria-describedby={spec.hint ? `${id}-hint` : undefined}
            className={styles.readOnly}
          />
        </div>
      );
    }
    const fixed = mode === "edit" && spec.fixedOnEdit;
    const hint = fixed ? spec.fixedOnEdit : spec.hint;
    const control = form.controlProps(spec.name, Boolean(hint));
    const choices = spec.options ?? options[spec.name] ?? [];
    const field = (
      <FormField key={spec.name} form={form} name={spec.name} label={spec.label ?? config.labels[spec.name]} hint={hint}>
        {spec.control === "textarea" ? (
          <textarea
            rows={spec.rows ?? 4}
            spellCheck={spec.code ? false : undefined}
            className={spec.code ? styles.code : undefined}
            {...control}
          />
        ) : spec.control === "checklist" ? (
          // A list of slugs can run long: a box of a few lines shows it whole.
          <textarea rows={2} spellCheck={false} className={styles.code} {...control} />
        ) : spec.control === "select" ? (
          <select {...control}>
            {spec.emptyOption ? <option value="">{spec.emptyOption}</option> : null}
            {choices.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : spec.control === "date" || spec.control === "url" ? (
          <input type={spec.control} {...control} />
        ) : (
          <input
            type="text"
            inputMode={spec.control === "number" ? "numeric" : spec.control === "decimal" ? "decimal" : undefined}
            readOnly={fixed ? true : undefined}
            autoComplete="off"
            spellCheck={spec.code || spec.control === "decimal" ? false : undefined}
            className={spec.code ? styles.code : undefined}
            {...control}
          />
        )}
      </FormField>
    );
    if (spec.control !== "checklist") return field;
    return (
      <div key={spec.name}>
        {field}
        <ChecklistPicker
          noun={config.labels[spec.name]!.toLowerCase()}
          options={choices}
          value={form.values[spec.name] ?? ""}
          onChange={(value) => form.change(spec.name, value)}
        />
      </div>
    );
  }

  return (
    <>
      <FormNotices
        form={form}
        noun={config.noun}
        labels={config.labels}
        describe={(name, value) => describeValue(config, options, name, value)}
        goneNote={
          <>
            Another editor deleted this {config.noun}. {historyHref ? <Link href={historyHref}>Its history</Link> : "Its history"} can
            restore it.
          </>
        }
      />

      <form
        className={styles.figureForm}
        onSubmit={form.onSubmit}
        noValidate
        aria-label={mode === "create" ? `New ${config.noun}` : `Edit ${config.noun}`}
      >
        <input type="hidden" name="version" value={form.version} />
        <fieldset disabled={!form.ready || form.gone} className={styles.fieldsets}>
          {config.groups.map((group) => (
            <fieldset key={group.legend} className={styles.group}>
              <legend>{group.legend}</legend>
              {group.rows.map((row) =>
                row.length === 1 ? (
                  renderField(row[0]!)
                ) : (
                  <div key={row.map((spec) => spec.name).join()} className={styles.row}>
                    {row.map(renderField)}
                  </div>
                ),
              )}
            </fieldset>
          ))}
        </fieldset>

        {form.gone ? null : (
          <div className={styles.formActions}>
            <button type="submit" disabled={!form.ready || form.pending}>
              {form.saving ? "Saving…" : mode === "create" ? `Create ${config.noun}` : "Save changes"}
            </button>
            {mode === "edit" ? (
              <ConfirmDeleteButton
                noun={config.noun}
                description={config.deleteWarning(form.values)}
                pending={form.pending}
                onConfirm={form.confirmDelete}
              />
            ) : null}
            {historyHref ? (
              <p className={styles.versionLine}>
                <span>
                  Version {form.version}
                  {form.savedAt ? `, saved ${formatTimestamp(form.savedAt)}` : null}
                </span>
                {" · "}
                <Link href={historyHref}>History</Link>
                {publicPath ? (
                  <>
                    {" · "}
                    <Link href={publicPath as Route}>Public page</Link>
                  </>
                ) : null}
              </p>
            ) : null}
          </div>
        )}
      </form>
    </>
  );
}
