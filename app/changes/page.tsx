import type { Metadata, Route } from "next";
import Link from "next/link";
import { formatTimestamp } from "@/components/admin/format-timestamp";
import { SelectField } from "@/components/select-field";
import { ColumnHeads } from "@/components/tables/column-heads";
import { SelectionErrors } from "@/app/_components/selection-errors";
import { actionWords, type ChangeView } from "@/lib/changes/describe-change";
import { getChangesPage } from "@/lib/data/changes/get-changes";
import { getMetrics } from "@/lib/data/metrics/get-metrics";
import { getRoutes } from "@/lib/data/routes/get-routes";
import { changeQueryString, parseChangeFilter, type ChangeQuery } from "@/lib/filters/change-filter";
import { queryString } from "@/lib/filters/search-params";
import { takeAsOf, withAsOf } from "@/lib/filters/as-of";
import { readerAt } from "@/lib/data/as-of";
import { AsOfBanner } from "@/app/_components/as-of-banner";
import { countOf } from "@/lib/format/count-of";
import { Pager } from "@/app/_components/pager";

// Every change editors made, newest first: the public side of the append-only history (issue 15).
export const dynamic = "force-dynamic";

const changesPerPage = 50;

export async function generateMetadata({ searchParams }: PageProps<"/changes">): Promise<Metadata> {
  const parsed = parseChangeFilter(takeAsOf(await searchParams).rest);
  const query = parsed.ok ? changeQueryString({ ...parsed.filter, page: undefined }) : "";
  return {
    title: "What changed",
    description: "Every change editors made to Corridor Watch's figures, routes, metrics and events, newest first.",
    alternates: { types: { "application/atom+xml": [{ url: `/changes.atom${query}`, title: "Corridor Watch: what changed" }] } },
  };
}

export default async function ChangesPage({ searchParams }: PageProps<"/changes">) {
  const { asOf, errors: asOfErrors, rest } = takeAsOf(await searchParams);
  const db = await readerAt(asOf);
  const parsed = parseChangeFilter(rest);
  const [routes, metrics] = await Promise.all([getRoutes(db), getMetrics(db)]);
  const filter: ChangeQuery = parsed.ok ? parsed.filter : {};
  const unknown = [
    ...(parsed.ok && filter.route && !routes.some((route) => route.slug === filter.route)
      ? [`There is no route called “${filter.route}”`]
      : []),
    ...(parsed.ok && filter.metric && !metrics.some((metric) => metric.slug === filter.metric)
      ? [`There is no metric called “${filter.metric}”`]
      : []),
  ];
  const errors = parsed.ok ? unknown : parsed.errors;
  const list = errors.length === 0 ? await getChangesPage(db, filter, changesPerPage) : null;
  const page = list?.page ?? 1;
  const pageCount = list ? Math.max(1, Math.ceil(list.total / changesPerPage)) : 1;
  const pageHref = (to: number) => withAsOf(`/changes${changeQueryString({ ...filter, page: to })}`, asOf) as Route;
  const feedHref = `/changes.atom${changeQueryString({ ...filter, page: undefined })}`;
  const first = (page - 1) * changesPerPage + 1;

  return (
    <>
      <h1>What changed</h1>
      <AsOfBanner asOf={asOf} errors={asOfErrors} today={`/changes${queryString(rest)}`} />
      <p className="lede">
        Every change an editor made to a figure, route, metric or event, newest first, with what it changed. Figures loaded from the dataset
        are listed from their first edit on; each figure names its own source and date wherever it is shown.
      </p>
      {filter.figure !== undefined ? (
        <p>
          The history of figure {filter.figure} only. <Link href="/changes">Every change</Link>.
        </p>
      ) : null}
      <form className="filter-form" method="get" action="/changes" aria-label="Filter changes">
        <SelectField
          id="changes-metric"
          label="Metric"
          name="metric"
          anyLabel="All metrics"
          options={metrics.map((metric) => ({ value: metric.slug, label: metric.name }))}
          defaultValue={filter.metric ?? ""}
        />
        <SelectField
          id="changes-route"
          label="Route"
          name="route"
          anyLabel="All routes"
          options={routes.map((route) => ({ value: route.slug, label: route.name }))}
          defaultValue={filter.route ?? ""}
        />
        {filter.figure !== undefined ? <input type="hidden" name="figure" value={filter.figure} /> : null}
        <div className="field field-actions">
          <button type="submit">Show</button>
        </div>
      </form>
      <p className="downloads">
        <a href={feedHref} type="application/atom+xml">
          Follow these changes (Atom feed)
        </a>
      </p>
      {errors.length > 0 ? (
        <SelectionErrors errors={errors} lead="This selection cannot be shown:" back={{ href: "/changes", text: "Show every change." }} />
      ) : null}
      {list && list.total === 0 ? <p>No change has been made to what this selects yet.</p> : null}
      {list && list.changes.length === 0 && list.total > 0 ? (
        <p>
          This page is past the end. <Link href={pageHref(1)}>Go to the first page</Link>.
        </p>
      ) : null}
      {list && list.changes.length > 0 ? (
        <>
          <p>
            {list.total > list.changes.length
              ? `Changes ${first.toLocaleString("en")}–${(first + list.changes.length - 1).toLocaleString("en")} of ${list.total.toLocaleString("en")}.`
              : `${countOf(list.total, "change")}.`}
          </p>
          <ol className="change-list">
            {list.changes.map((change) => (
              <ChangeEntry key={change.id} change={change} />
            ))}
          </ol>
        </>
      ) : null}
      <Pager label="Pages of changes" page={page} pageCount={pageCount} href={pageHref} previous="Newer changes" next="Older changes" />
    </>
  );
}

const kindWords: Record<ChangeView["kind"], string> = { figure: "Figure", route: "Route", metric: "Metric", event: "Event" };

function ChangeEntry({ change }: { change: ChangeView }) {
  const headingId = `change-${change.id}`;
  return (
    <li className="change-entry">
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>
          <span className="change-action">
            {actionWords[change.action]} {kindWords[change.kind].toLowerCase()}:
          </span>{" "}
          {change.href ? <Link href={change.href as Route}>{change.title}</Link> : change.title}
        </h2>
        <p className="change-meta">
          <time dateTime={change.at}>{formatTimestamp(change.at)}</time> ·{" "}
          {change.editor ? `by ${change.editor}` : "by Corridor Watch (a correction in the dataset)"} · version {change.version}
          {change.historyHref ? (
            <>
              {" "}
              · <Link href={change.historyHref as Route}>this figure&apos;s history</Link>
            </>
          ) : null}
        </p>
        {change.comment ? <p className="change-comment">“{change.comment}”</p> : null}
        {change.changes.length > 0 ? (
          <table className="change-diff">
            <caption className="visually-hidden">What changed in {change.title}</caption>
            <ColumnHeads columns={["Field", "Before", "After"]} />
            <tbody>
              {change.changes.map((field) => (
                <tr key={field.field}>
                  <th scope="row">{field.label}</th>
                  <td>{field.before === "" ? <span className="change-empty">(empty)</span> : field.before}</td>
                  <td>{field.after === "" ? <span className="change-empty">(empty)</span> : field.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </article>
    </li>
  );
}
