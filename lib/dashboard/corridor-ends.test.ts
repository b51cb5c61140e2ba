import { describe, expect, it } from "vitest";
import { corridorEnds, isRussiaIndia } from "./corridor-ends";

describe("corridor ends of a figure's subject", () => {
  // Subjects as they stand in prisma/seed-data/facts.csv.
  it.each([
    "St Petersburg–Nhava Sheva",
    "Nhava Sheva–Moscow (INSTC route 1, via Astara–Baku)",
    "St Petersburg–Astrakhan–Anzali–Bandar Abbas–Mumbai",
    "India–Iran–Azerbaijan–Russia–Baltic",
    "India–Russia via the Red Sea",
    "Mumbai–St Petersburg (INSTC land route)",
    "Novorossiysk–Mumbai",
    "Chennai–Vladivostok",
    "India–Russian Far East",
  ])("%s runs between Russia and India", (subject) => {
    expect(isRussiaIndia(subject)).toBe(true);
  });

  it.each([
    ["China–Europe", ["China", "Europe"]],
    ["Altynkol (China border)–Constanța via Poti/Batumi", ["China", "Europe"]],
    ["Shanghai–Rotterdam", ["China", "Europe"]],
    ["Shanghai–Poti by sea", ["China", "Georgia"]],
    ["Xi'an–Budapest", ["China", "Europe"]],
  ])("%s does not (it runs %j)", (subject, ends) => {
    expect(corridorEnds(subject)).toEqual(ends);
    expect(isRussiaIndia(subject)).toBe(false);
  });

  it.each([
    "INSTC via Bandar Abbas–Bandar Anzali–Astrakhan",
    "TITR (China–Kazakhstan–Caspian–Azerbaijan–Georgia–Black Sea)",
    "Baltic–Indian Ocean (INSTC, branch not stated)",
    "Azerbaijan",
    "",
  ])("%j has an end that is not a known place, so it is not guessed", (subject) => {
    expect(isRussiaIndia(subject)).toBe(false);
  });
});
