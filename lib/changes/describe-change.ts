import type { RecordFieldChange } from "../admin/records/record-types";
import { formatPeriod } from "../format/format-date";

// A revision in the reader's words, for /changes and its Atom feed: what the record is, where it is shown, and a
// short diff. Pure, so the wording is unit-tested; the read that feeds it is lib/data/changes/get-changes.ts.

export type ChangeKind = "figure" | "route" | "metric" | "event";

export type ChangeView = {
  id: number;
  kind: ChangeKind;
  recordId: number;
  action: "create" | "update" | "delete" | "restore";
  version: number;
  /** The editor's display name; null for a change the system made (a correction the seed data carries). */
  editor: string | null;
  at: string;
  comment: string | null;
  /** "Russia–Iran trade turnover: Russia–Iran, Jan–Apr 2024", a route's or metric's name, an event's title. */
  title: string;
  /** The public page that shows the record (a figure's metric page), or null when it is no longer shown. */
  href: string | null;
  /** A figure's own history (/changes?figure=…); null for other kinds. */
  historyHref: string | null;
  /** The fields it changed, each side cut to a readable length. */
  changes: RecordFieldChange[];
};

type Revision = Omit<ChangeView, "title" | "href" | "historyHref"> & {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  metricName: string | null;
  routeName: string | null;
};

export const actionWords: Record<ChangeView["action"], string> = {
  create: "Added",
  update: "Changed",
  delete: "Deleted",
  restore: "Restored",
};

/** Longest side of a diff line; a map path or a long note is cut, with the rest a click away on the record's page. */
const longest = 160;

export function shorten(text: string): string {
  const characters = [...text];
  return characters.length <= longest ? text : `${characters.slice(0, longest - 1).join("")}…`;
}

const text = (state: Record<string, unknown> | null, field: string) => {
  const value = state?.[field];
  return typeof value === "string" ? value : "";
};

export function describeChange(revision: Revision): ChangeView {
  const { before, after, metricName, routeName, ...rest } = revision;
  const field = (name: string) => text(after, name) || text(before, name);
  const deleted = revision.action === "delete";
  let title: string;
  let href: string | null;
  switch (revision.kind) {
    case "figure": {
      const period = field("periodLabel") || formatPeriod(field("periodStart") || null, field("periodEnd") || null) || "no period given";
      const where = [field("subject"), routeName].filter(Boolean).join(", ");
      title = `${metricName ?? field("metric")}: ${where ? `${where}, ` : ""}${period}`;
      href = metricName ? `/metrics/${field("metric")}` : null;
      break;
    }
    case "route":
      title = field("name") || field("slug");
      href = deleted ? null : `/routes/${field("slug")}`;
      break;
    case "metric":
      title = field("name") || field("slug");
      href = deleted ? null : `/metrics/${field("slug")}`;
      break;
    case "event":
      title = field("title");
      href = field("route") ? `/routes/${field("route")}` : "/";
      break;
  }
  return {
    ...rest,
    title,
    href,
    historyHref: revision.kind === "figure" ? `/changes?figure=${revision.recordId}` : null,
    changes: revision.changes.map((change) => ({ ...change, before: shorten(change.before), after: shorten(change.after) })),
  };
}
