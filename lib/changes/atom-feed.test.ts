import { describe, expect, it } from "vitest";
import { atomProblems } from "../../tests/support/atom-checks";
import { atomFeed, changeSummary, escapeXml } from "./atom-feed";
import { describeChange, shorten } from "./describe-change";

const figureChange = describeChange({
  id: 41,
  kind: "figure",
  recordId: 7,
  action: "update",
  version: 3,
  editor: "Ana <Editor> & Co",
  at: "2026-11-30T09:15:00.000Z",
  comment: "Corrected to the ministry's revised release",
  before: { metric: "russia_iran_trade", subject: "Russia–Iran", periodLabel: "Jan–Apr 2024", value: "1.2" },
  after: { metric: "russia_iran_trade", subject: "Russia–Iran", periodLabel: "Jan–Apr 2024", value: "1.25" },
  metricName: "Russia–Iran trade turnover",
  routeName: null,
  changes: [{ field: "value", label: "Value", before: "1.2", after: "1.25" }],
});

describe("a change in the reader's words", () => {
  it("names a figure by its metric, subject and period, links its metric page and its own history", () => {
    expect(figureChange.title).toBe("Russia–Iran trade turnover: Russia–Iran, Jan–Apr 2024");
    expect(figureChange.href).toBe("/metrics/russia_iran_trade");
    expect(figureChange.historyHref).toBe("/changes?figure=7");
  });

  it("has no page to link for a deleted route, and events link their route", () => {
    const base = {
      id: 1,
      recordId: 2,
      version: 2,
      editor: null,
      at: "2026-01-01T00:00:00.000Z",
      comment: null,
      metricName: null,
      routeName: null,
      changes: [],
    };
    expect(
      describeChange({ ...base, kind: "route", action: "delete", before: { slug: "suez", name: "Suez" }, after: null }).href,
    ).toBeNull();
    expect(
      describeChange({ ...base, kind: "event", action: "create", before: null, after: { title: "Opened", route: "instc-west" } }).href,
    ).toBe("/routes/instc-west");
  });

  it("cuts a long side of a diff, counting characters, not UTF-16 units", () => {
    const long = "𝔸".repeat(500);
    const cut = shorten(long);
    expect([...cut]).toHaveLength(160);
    expect(cut.endsWith("…")).toBe(true);
    expect(shorten("short")).toBe("short");
  });

  it("sums a change up as its comment and one line per field", () => {
    expect(changeSummary(figureChange)).toBe("Corrected to the ministry's revised release\nValue: 1.2 → 1.25");
  });
});

describe("the Atom feed", () => {
  const now = new Date("2026-12-01T12:00:00Z");

  it("is a valid Atom 1.0 document with one entry per change", () => {
    const xml = atomFeed([figureChange], {
      origin: "https://corridor.example.org",
      query: "?metric=russia_iran_trade",
      subtitle: "x",
      now,
    });
    const { problems, entries, feed } = atomProblems(xml);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.id).toBe("tag:corridor.example.org,2026:revision:41");
    expect(feed!.updated).toBe("2026-11-30T09:15:00.000Z");
  });

  it("escapes every text, so an editor's name or a value cannot break the document", () => {
    const xml = atomFeed([figureChange], { origin: "https://corridor.example.org", query: "?metric=a&route=b", subtitle: "<b>", now });
    expect(atomProblems(xml).problems).toEqual([]);
    expect(xml).toContain("Ana &lt;Editor&gt; &amp; Co");
    expect(xml).toContain("/changes.atom?metric=a&amp;route=b");
  });

  it("is still valid with no changes, dated now", () => {
    const { problems, feed } = atomProblems(atomFeed([], { origin: "http://127.0.0.1:3000", query: "", subtitle: "", now }));
    expect(problems).toEqual([]);
    expect(feed!.updated).toBe(now.toISOString());
  });

  it("drops the control characters XML 1.0 cannot carry", () => {
    expect(escapeXml("a\u0001b\u000Bc\td")).toBe("abc\td");
  });

  it("is what the checker refuses when an element is missing (the checker can fail)", () => {
    const xml = atomFeed([figureChange], { origin: "https://x.org", query: "", subtitle: "", now }).replace(
      /<updated>[^<]*<\/updated>\n\s*<link rel="self"[^>]*>/,
      "",
    );
    expect(atomProblems(xml).problems).toEqual(
      expect.arrayContaining(["the feed has 0 <updated>, not exactly one", "the feed has no self link"]),
    );
  });
});
