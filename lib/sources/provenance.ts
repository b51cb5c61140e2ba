// Where a number really comes from. The data cites a figure's outlet as printed, with the relay written in
// brackets: "Trend (ADY data)", "TASS (quoting Alexei Overchuk)", "Lenta.ru (quoting Alexei Overchuk, via
// TASS)", "Zawya (quoting Osama Rabie, SCA)". This reads that convention once, at seed and import time, into
// the person quoted and the data owner (the agency or primary publisher), and says which origin a figure has:
// two outlets relaying one agency's release, or quoting one official, are one origin, not two confirmations.
// Hand-written because the convention is the project's own; every form in the data is covered by a test.

export type Provenance = {
  /** The outlet as cited, before any bracket. */
  outlet: string;
  /** Outlets or agencies the figure passed through on its way to the outlet, outermost first. */
  relays: string[];
  quotedSpeaker: string | null;
  dataOwner: string | null;
};

/** Brackets that say which edition or publication of the outlet this is, not where the number came from. */
const outletQualifiers = new Set([
  "Europe's Edge",
  "Eurasia Daily Monitor",
  "Azerbaijan Railways",
  "Azerbaijan",
  "repost",
  "DIU",
  "KazanForum 2025",
]);

/** Names that hold a comma of their own, so the comma does not separate two links of the chain. */
const namesWithCommas = ["Ministry of Ports, Shipping and Waterways"];

/** "SCA statement", "ADY data", "World Bank analysis": the owner is the name before the word (longest word first). */
const ownerWords = [
  "navigation report",
  "press release",
  "calculation",
  "projection",
  "statement",
  "estimate",
  "analysis",
  "guidance",
  "figures",
  "report",
  "budget",
  "study",
  "data",
  "list",
];

/** The name before an owner word, or null. (String tests, not a pattern: every rule here stays linear in its input.) */
function beforeOwnerWord(text: string): string | null {
  const word = ownerWords.find((candidate) => text.endsWith(` ${candidate}`) && text.length > candidate.length + 1);
  return word ? text.slice(0, -(word.length + 1)).trim() : null;
}

/** Owners too vague to name anyone ("official figures", "Indian data"); "customs data" at least names customs. */
const vagueOwners = new Set(["official", "an official", "Indian"]);

function ownerOf(text: string): string | null {
  const name = beforeOwnerWord(text);
  if (name === null) return null;
  const owner = / \d{4}$/.test(name) ? name.slice(0, -5) : name; // "Fimotions 2017 estimate": the owner is Fimotions
  return vagueOwners.has(owner) ? null : owner;
}

/** A speaker's affiliation is an organisation ("SCA", "Iran Trade Promotion Organization"), not a title ("Russian consul general"). */
const isOrganisation = (text: string) =>
  text.split(" ").every((word) => ["of", "and", "the", "for"].includes(word) || !/^[a-z]/.test(word));

export function parseProvenance(publisher: string): Provenance {
  const cited = publisher.trim();
  const open = cited.indexOf("(");
  const none: Provenance = { outlet: cited, relays: [], quotedSpeaker: null, dataOwner: null };
  if (open <= 0 || !cited.endsWith(")") || outletQualifiers.has(cited.slice(open + 1, -1).trim())) return none;
  const outlet = cited.slice(0, open).trim();
  let inner = cited.slice(open + 1, -1);
  namesWithCommas.forEach((name, index) => (inner = inner.replaceAll(name, `\u0000${index}\u0000`)));
  const restore = (text: string) => text.replace(/\u0000(\d+)\u0000/g, (_, index: string) => namesWithCommas[Number(index)]!);
  const parts = inner
    .split(/[;,]/)
    .map((part) => restore(part.trim()))
    .filter(Boolean);

  const relays: string[] = [];
  let quotedSpeaker: string | null = null;
  let dataOwner: string | null = null;
  let afterQuote = false;
  parts.forEach((part, index) => {
    const lead = ["quoting", "via", "citing"].find((word) => part.startsWith(`${word} `));
    const keyword = lead ? [part, lead, part.slice(lead.length + 1).trim()] : null;
    if (keyword?.[1] === "quoting") {
      // "quoting Leonid Lozhechko via Mehr": the speaker, relayed by Mehr.
      const [speaker, via] = keyword[2]!.split(" via ");
      quotedSpeaker = speaker!;
      if (via) relays.push(via);
      afterQuote = true;
      return;
    }
    const wasAfterQuote = afterQuote;
    afterQuote = false;
    if (keyword?.[1] === "via") return void relays.push(keyword[2]!);
    if (keyword?.[1] === "citing") {
      const owner = ownerOf(keyword[2]!);
      if (owner) dataOwner ??= owner;
      else if (beforeOwnerWord(keyword[2]!) === null) relays.push(keyword[2]!);
      return;
    }
    const owner = ownerOf(part);
    if (owner || beforeOwnerWord(part) !== null) {
      if (owner) dataOwner ??= owner;
      return;
    }
    if (wasAfterQuote) {
      // "quoting Osama Rabie, SCA": his organisation owns the figure; "quoting Maxim Kozlov, Russian consul general": his title.
      if (isOrganisation(part)) dataOwner ??= part;
      else quotedSpeaker = `${quotedSpeaker}, ${part}`;
      return;
    }
    // A bare name followed by more of the chain is a relay ("Trend, State Customs Committee data"); the last one
    // is the primary publisher ("Chini Mandi (ANI)", "AJOT (Drewry)").
    if (index < parts.length - 1) relays.push(part);
    else dataOwner ??= part;
  });
  return { outlet, relays, quotedSpeaker, dataOwner };
}

/** "Iranian ambassador Kazem Jalali", "ambassador Kazem Jalali" and "Kazem Jalali" are one person: the name's last two words. */
function personKey(speaker: string): string {
  const name = speaker.split(",")[0]!.trim().split(/\s+/);
  return name.slice(-2).join(" ");
}

/**
 * The origin a figure's number comes from: its data owner, else the person quoted, else the outlet the chain
 * started at. Figures with one origin are one report, however many outlets carry it. `key` compares origins
 * (case, punctuation and a person's title aside); `label` names it as cited.
 */
export function originOf(figure: { sourcePublisher: string; quotedSpeaker: string | null; dataOwner: string | null }): {
  key: string;
  label: string;
} {
  const chain = parseProvenance(figure.sourcePublisher);
  const label = figure.dataOwner ?? figure.quotedSpeaker ?? chain.relays.at(-1) ?? chain.outlet;
  const name = figure.dataOwner === null && figure.quotedSpeaker !== null ? personKey(figure.quotedSpeaker) : label;
  return {
    key: name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim(),
    label,
  };
}
