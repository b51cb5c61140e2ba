import { XMLParser, XMLValidator } from "fast-xml-parser";

// What RFC 4287 requires of an Atom 1.0 feed, checked on a parsed document: a feed's id, title and updated exactly
// once, an author on the feed or on every entry, a self link; each entry's id, title and updated exactly once, and
// content or an alternate link. Dates are RFC 3339; ids are absolute IRIs. Returns the problems found (none: valid).

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const absoluteIri = /^[a-z][a-z0-9+.-]*:\S+$/i;

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (value === undefined ? [] : Array.isArray(value) ? (value as Node[]) : [value as Node]);
export const atomText = (value: unknown) =>
  typeof value === "object" && value !== null ? String((value as Node)["#text"] ?? "") : String(value ?? "");

export function atomProblems(xml: string): { problems: string[]; entries: Node[]; feed: Node | null } {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return { problems: [`not well-formed XML: ${wellFormed.err.msg}`], entries: [], feed: null };
  const document = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false }).parse(xml) as Node;
  const feed = document.feed as Node | undefined;
  if (!feed) return { problems: ["the root element is not <feed>"], entries: [], feed: null };
  const problems: string[] = [];
  if (feed["@xmlns"] !== "http://www.w3.org/2005/Atom") problems.push("the feed is not in the Atom namespace");
  const once = (node: Node, name: string, where: string) => {
    const found = list(node[name]);
    if (found.length !== 1) problems.push(`${where} has ${found.length} <${name}>, not exactly one`);
    return found[0];
  };
  const id = once(feed, "id", "the feed");
  if (id !== undefined && !absoluteIri.test(atomText(id))) problems.push(`the feed's id "${atomText(id)}" is not an absolute IRI`);
  once(feed, "title", "the feed");
  const updated = once(feed, "updated", "the feed");
  if (updated !== undefined && !rfc3339.test(atomText(updated))) problems.push(`the feed's updated "${atomText(updated)}" is not RFC 3339`);
  const links = list(feed.link);
  if (!links.some((link) => link["@rel"] === "self")) problems.push("the feed has no self link");
  const entries = list(feed.entry);
  const feedHasAuthor = list(feed.author).some((author) => atomText((author as Node).name) !== "");
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    const entryId = once(entry, "id", where);
    if (entryId !== undefined && !absoluteIri.test(atomText(entryId))) problems.push(`${where}'s id is not an absolute IRI`);
    once(entry, "title", where);
    const entryUpdated = once(entry, "updated", where);
    if (entryUpdated !== undefined && !rfc3339.test(atomText(entryUpdated))) problems.push(`${where}'s updated is not RFC 3339`);
    const alternate = list(entry.link).some((link) => (link["@rel"] ?? "alternate") === "alternate");
    if (entry.content === undefined && !alternate) problems.push(`${where} has neither content nor an alternate link`);
    if (!feedHasAuthor && !list(entry.author).some((author) => atomText((author as Node).name) !== ""))
      problems.push(`${where} has no author`);
  });
  return { problems, entries, feed };
}
