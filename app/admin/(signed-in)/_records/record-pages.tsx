import "server-only";
import type { Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import styles from "@/components/admin/admin.module.css";
import type { RecordOptions } from "@/components/admin/records/record-config";
import { recordConfigs } from "@/components/admin/records/record-configs";
import { RecordForm } from "@/components/admin/records/record-form";
import { RecordHistory } from "@/components/admin/records/record-history";
import { RecordList } from "@/components/admin/records/record-list";
import { parseId } from "@/lib/admin/records/parse-id";
import { recordDefinitions } from "@/lib/admin/records/record-definitions";
import { getRecordHistory } from "@/lib/admin/records/record-history";
import type { RecordType } from "@/lib/admin/records/record-types";
import { getRecordForEdit } from "@/lib/admin/records/record-writes";
import { getDatabase } from "@/lib/db";
import { getMetrics } from "@/lib/data/metrics/get-metrics";
import { getRoutes } from "@/lib/data/routes/get-routes";
import { categoryLabels } from "@/lib/metrics/category-labels";
import { pathWithQuery, requireEditor } from "../require-editor";
import { capitalise } from "@/lib/format/capitalise";

// The admin pages of every kind of record (figures, routes, metrics, events, rulings on claims): each kind's
// page.tsx files render these for their kind.

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * What the forms and lists offer that comes from the database: a figure's metric (with its unit) and route, an
 * event's route and the metrics it can be drawn on.
 */
async function loadOptions(type: RecordType): Promise<RecordOptions> {
  const db = await getDatabase();
  if (type === "figure") {
    const [routes, metrics] = await Promise.all([getRoutes(db), getMetrics(db)]);
    return {
      metric: metrics.map(({ slug, name, unit }) => ({ value: slug, label: name, detail: unit })),
      route: routes.map(({ slug, name }) => ({ value: slug, label: name })),
    };
  }
  if (type !== "event") return {};
  const [routes, metrics] = await Promise.all([getRoutes(db), getMetrics(db)]);
  return {
    route: routes.map(({ slug, name }) => ({ value: slug, label: name })),
    // Named as on their pages; scale sisters name their unit ("… (USD m)"), and each shows its slug beside it.
    metrics: metrics.map(({ slug, name, category }) => ({ value: slug, label: name, group: categoryLabels[category] })),
  };
}

function Breadcrumb({ type, trail }: { type: RecordType; trail: { href?: string; label: string }[] }) {
  const config = recordConfigs[type];
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link href={`/admin/${config.plural}` as Route}>{config.title}</Link>
      {trail.map((step, index) => (
        <span key={step.label}>
          {" "}
          <span aria-hidden="true">/</span>{" "}
          {step.href ? (
            <Link href={step.href as Route}>{step.label}</Link>
          ) : (
            <span aria-current={index === trail.length - 1 ? "page" : undefined}>{step.label}</span>
          )}
        </span>
      ))}
    </nav>
  );
}

export async function RecordIndexPage({ type, searchParams, intro }: { type: RecordType; searchParams: SearchParams; intro: ReactNode }) {
  const config = recordConfigs[type];
  await requireEditor(pathWithQuery(`/admin/${config.plural}`, searchParams));
  const options = await loadOptions(type);
  const deletedId = typeof searchParams.deletedId === "string" ? parseId(searchParams.deletedId) : null;
  return (
    <>
      <h1>{config.title}</h1>
      <p role="status" aria-live="polite" className={deletedId ? styles.status_ok : styles.statusEmpty}>
        {deletedId ? (
          <>
            {capitalise(config.noun)} {deletedId} deleted.{" "}
            <Link href={`/admin/${config.plural}/${deletedId}/history` as Route}>Its history</Link> can restore it.
          </>
        ) : null}
      </p>
      <p>
        {intro} <Link href={`/admin/${config.plural}/new` as Route}>New {config.noun}</Link>
      </p>
      <Suspense>
        <RecordList type={type} options={options} />
      </Suspense>
    </>
  );
}

/** `prefill`: values the form starts with instead of the empty ones (a ruling's claim, from the link that opened it). */
export async function NewRecordPage({
  type,
  intro,
  prefill = {},
}: {
  type: RecordType;
  intro: ReactNode;
  prefill?: Record<string, string>;
}) {
  const config = recordConfigs[type];
  await requireEditor(pathWithQuery(`/admin/${config.plural}/new`, prefill));
  const options = await loadOptions(type);
  return (
    <>
      <Breadcrumb type={type} trail={[{ label: `New ${config.noun}` }]} />
      <h1>New {config.noun}</h1>
      <p>{intro}</p>
      <RecordForm type={type} mode="create" options={options} initialValues={{ ...config.emptyValues, ...prefill }} />
    </>
  );
}

export async function EditRecordPage({ type, idText, searchParams }: { type: RecordType; idText: string; searchParams: SearchParams }) {
  const config = recordConfigs[type];
  await requireEditor(`/admin/${config.plural}/${encodeURIComponent(idText)}`);
  const id = parseId(idText);
  if (id === null) notFound();
  const [record, options] = await Promise.all([
    getDatabase().then((db) => getRecordForEdit(db, recordDefinitions[type], id)),
    loadOptions(type),
  ]);
  if (!record) return <DeletedOrMissing type={type} id={id} />;
  const { id: _id, version, updatedAt, ...values } = record;
  return (
    <>
      <Breadcrumb type={type} trail={[{ label: `${capitalise(config.noun)} ${id}` }]} />
      <h1>
        Edit {config.noun} {id}: {values[config.titleField]}
      </h1>
      <RecordForm
        key={`${id}-${version}`}
        type={type}
        mode="edit"
        recordId={id}
        initialVersion={version}
        updatedAt={updatedAt}
        justCreated={searchParams.created === "1"}
        options={options}
        initialValues={values}
      />
    </>
  );
}

/** A deleted record's edit page points to its history, where it can be restored; a never-created one is a 404. */
async function DeletedOrMissing({ type, id }: { type: RecordType; id: number }) {
  const config = recordConfigs[type];
  const history = await getRecordHistory(await getDatabase(), recordDefinitions[type], id);
  if (!history?.deleted) notFound();
  return (
    <>
      <Breadcrumb type={type} trail={[{ label: `${capitalise(config.noun)} ${id}` }]} />
      <h1>
        {capitalise(config.noun)} {id} is deleted
      </h1>
      <div className={styles.deletedNotice} role="note">
        <p>
          <strong>This {config.noun} is deleted</strong>: “{history.title}” is not shown on public pages and cannot be edited. Its values
          are kept; <Link href={`/admin/${config.plural}/${id}/history` as Route}>restore a version from its history</Link> to bring it
          back.
        </p>
      </div>
    </>
  );
}

export async function RecordHistoryPage({ type, idText }: { type: RecordType; idText: string }) {
  const config = recordConfigs[type];
  await requireEditor(`/admin/${config.plural}/${encodeURIComponent(idText)}/history`);
  const id = parseId(idText);
  if (id === null) notFound();
  const [history, options] = await Promise.all([
    getDatabase().then((db) => getRecordHistory(db, recordDefinitions[type], id)),
    loadOptions(type),
  ]);
  if (!history) notFound();
  return (
    <>
      <Breadcrumb
        type={type}
        trail={[
          { href: history.deleted ? undefined : `/admin/${config.plural}/${id}`, label: `${capitalise(config.noun)} ${id}` },
          { label: "History" },
        ]}
      />
      <h1>
        History of {config.noun} {id}: {history.title}
      </h1>
      <RecordHistory type={type} recordId={id} initialHistory={history} options={options} />
    </>
  );
}
