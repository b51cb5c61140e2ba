import { withAsOf } from "../filters/as-of";
import { formatPartialDate } from "../format/format-date";

// A "Cite" block's two forms (issue 15): plain text to paste into prose and BibTeX for a reference manager. Both
// point at a permalink, the page's own address with `asOf` fixed at the moment the citer saw, so the citation keeps
// showing exactly those figures whatever editors change later. Corridor Watch only gathers figures; each figure's
// source is named beside it, and the citation says to cite those sources first.

export type Citation = {
  /** What is cited, as its page or chart names it ("Transit time, Russia to India"). */
  title: string;
  /** The site's origin ("https://corridor.example.org"), with no trailing slash. */
  origin: string;
  /** The page's path and query, and a fragment if any ("/metrics/transit_time", "/#compare-heading"). */
  path: string;
  /** The moment the permalink fixes (ISO instant): the data as it stood then. */
  moment: string;
  /** When the citer accessed it (ISO instant); its UTC day is the date accessed. */
  accessed: string;
  /** The publishers of the figures cited, in the order they are named on the page. */
  publishers: readonly string[];
};

export const siteName = "Corridor Watch";

/** The page's address with `asOf` set to the moment (replacing any given), the fragment kept last. */
export function citationPermalink({ origin, path, moment }: Pick<Citation, "origin" | "path" | "moment">): string {
  const hashAt = path.indexOf("#");
  const [address, fragment] = hashAt === -1 ? [path, ""] : [path.slice(0, hashAt), path.slice(hashAt)];
  return `${origin}${withAsOf(address, moment)}${fragment}`;
}

function distinct(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ""))];
}

/** "Figures are those of their named sources (A; B); cite them first." Semicolons: a publisher's name may hold a comma. */
export function sourcesSentence(publishers: readonly string[]): string | null {
  const named = distinct(publishers);
  return named.length === 0 ? null : `Figures are those of their named sources (${named.join("; ")}); cite them first.`;
}

const utcDay = (iso: string) => new Date(iso).toISOString().slice(0, 10);

/** `“Title”, Corridor Watch, <permalink>, accessed 2 December 2026. Figures are those of their named sources (…); cite them first.` */
export function citationText(citation: Citation): string {
  const accessed = formatPartialDate(utcDay(citation.accessed), "day");
  const sources = sourcesSentence(citation.publishers);
  return `“${citation.title}”, ${siteName}, ${citationPermalink(citation)}, accessed ${accessed}.${sources ? ` ${sources}` : ""}`;
}

// LaTeX's special characters in BibTeX text fields, replaced in one pass so no escape's own braces are escaped again.
const latexEscapes: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "^": "\\^{}",
  "~": "\\textasciitilde{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "&": "\\&",
  "%": "\\%",
  "#": "\\#",
  _: "\\_",
};

/**
 * Text for a BibTeX field: LaTeX's special characters escaped, dashes written the way (La)TeX sets them ("–" as
 * "--", "—" as "---"), which every BibTeX style prints right whether or not the document reads UTF-8.
 */
export function bibtexText(text: string): string {
  const escaped = text.replace(/[\\^~{}$&%#_]/g, (character) => latexEscapes[character]!);
  return escaped.replaceAll("—", "---").replaceAll("–", "--");
}

/** An address inside \url{…}: the url package reads it verbatim except for % and # (a comment, a parameter), escaped. */
function bibtexUrl(url: string): string {
  return url.replace(/([%#{}\\])/g, "\\$1");
}

/** A citation key from the address and the moment: `corridorwatch-metrics-transit_time-2026-12-02`. */
export function citationKey({ path, moment }: Pick<Citation, "path" | "moment">): string {
  const address = path.split(/[?#]/)[0]!;
  const words = address
    .split("/")
    .map((part) =>
      decodeURIComponent(part)
        .split(/[^A-Za-z0-9_-]+/)
        .filter((word) => word !== "")
        .join("-"),
    )
    .filter((part) => part !== "");
  return ["corridorwatch", ...(words.length > 0 ? words : ["overview"]), utcDay(moment)].join("-");
}

/**
 * A `@misc` entry: title (braced, so styles keep its capitals), the site as author and publisher, the permalink as
 * both `howpublished` (classic styles) and `url` (biblatex, natbib; read verbatim there, so not escaped), the source
 * sentence as `note`, `urldate` the day accessed and `year` that of the moment cited.
 */
export function citationBibtex(citation: Citation): string {
  const url = citationPermalink(citation);
  const sources = sourcesSentence(citation.publishers);
  const note = `Data as it stood at ${citation.moment}.${sources ? ` ${sources}` : ""}`;
  const fields: [string, string][] = [
    ["title", `{${bibtexText(citation.title)}}`],
    ["author", `{${bibtexText(siteName)}}`],
    ["howpublished", `\\url{${bibtexUrl(url)}}`],
    ["url", url],
    ["note", bibtexText(note)],
    ["urldate", utcDay(citation.accessed)],
    ["year", utcDay(citation.moment).slice(0, 4)],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@misc{${citationKey(citation)},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`).join("\n")}\n}\n`;
}

/** What a page hands its Cite blocks: where the site is, the moment its permalinks fix, and when it was accessed. */
export type CiteContext = Pick<Citation, "origin" | "moment" | "accessed">;
