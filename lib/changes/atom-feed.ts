import { dataLicence } from "../licence/licence";
import { actionWords, type ChangeView } from "./describe-change";

// /changes.atom: the changes list as an Atom 1.0 feed (RFC 4287), so a reader can follow a metric or a route. Pure:
// a list of changes in, a document out, every text escaped.

/** XML 1.0 allows tab, newline and carriage return among the control characters, and no others. */
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(notXml, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A change as plain text: its comment, then one line per field ("Value: 12.5 → 14"). */
export function changeSummary(change: ChangeView): string {
  const lines = change.changes.map(({ label, before, after }) =>
    change.action === "create" || !before
      ? `${label}: ${after}`
      : !after
        ? `${label}: ${before} (removed)`
        : `${label}: ${before} → ${after}`,
  );
  return [change.comment, ...lines].filter(Boolean).join("\n");
}

/**
 * An entry's id is a tag URI (RFC 4151) naming the revision, so it never changes once published, whatever the
 * page address of the record becomes.
 */
const entryId = (host: string, change: ChangeView) => `tag:${host},2026:revision:${change.id}`;

export function atomFeed(changes: readonly ChangeView[], feed: { origin: string; query: string; subtitle: string; now: Date }): string {
  const { origin, query } = feed;
  const host = new URL(origin).host;
  const updated = changes[0]?.at ?? feed.now.toISOString();
  const link = (path: string) => escapeXml(`${origin}${path}`);
  const entries = changes.map(
    (change) => `  <entry>
    <id>${escapeXml(entryId(host, change))}</id>
    <title>${escapeXml(`${actionWords[change.action]}: ${change.title}`)}</title>
    <updated>${change.at}</updated>
    <author><name>${escapeXml(change.editor ?? "Corridor Watch")}</name></author>
    <link rel="alternate" type="text/html" href="${link(change.href ?? change.historyHref ?? "/changes")}"/>
    <content type="text">${escapeXml(changeSummary(change))}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${link(`/changes.atom${query}`)}</id>
  <title>Corridor Watch: what changed</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${link(`/changes.atom${query}`)}"/>
  <link rel="alternate" type="text/html" href="${link(`/changes${query}`)}"/>
  <author><name>Corridor Watch</name></author>
  <rights>${escapeXml(dataLicence.scope)}</rights>
${entries.join("\n")}
</feed>
`;
}
