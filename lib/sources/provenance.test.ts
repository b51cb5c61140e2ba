import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import cases from "./provenance-cases.json";
import { originOf, parseProvenance, type Provenance } from "./provenance";

const seedDir = path.join(import.meta.dirname, "..", "..", "prisma", "seed-data");
const publishers = [
  ...new Set(
    ["facts.csv", "events.csv"].flatMap((file) =>
      (parse(readFileSync(path.join(seedDir, file)), { columns: true }) as { source_publisher: string }[]).map(
        (row) => row.source_publisher,
      ),
    ),
  ),
];
const expected = cases as Record<string, Provenance>;

describe("parseProvenance on every publisher the seed data cites", () => {
  // provenance-cases.json is the reviewed reading of every bracketed form: a change to the parser that reads
  // one differently fails here, and a new form in the data must be added to it (and read) before it passes.
  it.each(publishers.filter((publisher) => publisher.includes("(")))("reads %s as reviewed", (publisher) => {
    expect(expected[publisher], "a reviewed case in provenance-cases.json").toBeDefined();
    expect(parseProvenance(publisher)).toEqual(expected[publisher]);
  });

  it("reads a publisher without brackets as the outlet alone", () => {
    const plain = publishers.filter((publisher) => !publisher.includes("("));
    expect(plain.length).toBeGreaterThan(50);
    for (const publisher of plain)
      expect(parseProvenance(publisher)).toEqual({ outlet: publisher, relays: [], quotedSpeaker: null, dataOwner: null });
  });
});

describe("parseProvenance, by form", () => {
  it.each([
    ["Trend (ADY data)", { outlet: "Trend", relays: [], quotedSpeaker: null, dataOwner: "ADY" }],
    ["TASS (quoting Alexei Overchuk)", { outlet: "TASS", relays: [], quotedSpeaker: "Alexei Overchuk", dataOwner: null }],
    [
      "Lenta.ru (quoting Alexei Overchuk, via TASS)",
      { outlet: "Lenta.ru", relays: ["TASS"], quotedSpeaker: "Alexei Overchuk", dataOwner: null },
    ],
    ["Zawya (quoting Osama Rabie, SCA)", { outlet: "Zawya", relays: [], quotedSpeaker: "Osama Rabie", dataOwner: "SCA" }],
    [
      "Nandigram Times (quoting Maxim Kozlov, Russian consul general)",
      { outlet: "Nandigram Times", relays: [], quotedSpeaker: "Maxim Kozlov, Russian consul general", dataOwner: null },
    ],
    [
      "AzerNews (Trend, State Customs Committee data)",
      { outlet: "AzerNews", relays: ["Trend"], quotedSpeaker: null, dataOwner: "State Customs Committee" },
    ],
    ["Chini Mandi (ANI)", { outlet: "Chini Mandi", relays: [], quotedSpeaker: null, dataOwner: "ANI" }],
    ["COMCEC (Fimotions 2017 estimate)", { outlet: "COMCEC", relays: [], quotedSpeaker: null, dataOwner: "Fimotions" }],
    [
      "Crack IT Today (Ministry of Ports, Shipping and Waterways)",
      { outlet: "Crack IT Today", relays: [], quotedSpeaker: null, dataOwner: "Ministry of Ports, Shipping and Waterways" },
    ],
    ["DailyAdda (official figures)", { outlet: "DailyAdda", relays: [], quotedSpeaker: null, dataOwner: null }],
    ["CEPA (Europe's Edge)", { outlet: "CEPA (Europe's Edge)", relays: [], quotedSpeaker: null, dataOwner: null }],
  ])("%s", (publisher, provenance) => {
    expect(parseProvenance(publisher)).toEqual(provenance);
  });
});

describe("originOf: how many independent origins", () => {
  const origin = (sourcePublisher: string) => originOf({ sourcePublisher, ...parseProvenance(sourcePublisher) }).key;

  it("counts two outlets relaying one agency's data as one origin", () => {
    expect(origin("Trend (ADY data)")).toBe(origin("Caliber.az (ADY data)"));
    expect(origin("Report.az (State Statistics Committee data)")).toBe(origin("Vestnik Kavkaza (State Statistics Committee data)"));
  });

  it("counts outlets quoting one official as one origin, however they title him", () => {
    expect(origin("TASS (quoting Alexei Overchuk)")).toBe(origin("Lenta.ru (quoting Alexei Overchuk, via TASS)"));
    expect(origin("TASS (quoting Iranian ambassador Kazem Jalali)")).toBe(origin("Prime (quoting Kazem Jalali)"));
  });

  it("counts the Canal Authority's chairman and its statements as one origin: the SCA", () => {
    expect(origin("Zawya (quoting Osama Rabie, SCA)")).toBe(origin("Ahram Online (SCA statement)"));
  });

  it("keeps different agencies, people and unrelayed outlets apart", () => {
    expect(origin("Trend (ADY data)")).not.toBe(origin("Trend (State Statistics Committee data)"));
    expect(origin("TASS (quoting Alexei Overchuk)")).not.toBe(origin("TASS (quoting Vladimir Putin)"));
    expect(origin("IFP News")).not.toBe(origin("bne IntelliNews"));
  });

  it("uses what an editor set over what the publisher says", () => {
    expect(originOf({ sourcePublisher: "IFP News", quotedSpeaker: null, dataOwner: "IRICA" }).key).toBe(origin("Trend (IRICA data)"));
  });
});
