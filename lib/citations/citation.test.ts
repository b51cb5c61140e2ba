import { describe, expect, it } from "vitest";
import { parseAsOf, takeAsOf } from "../filters/as-of";
import { bibtexText, citationBibtex, citationKey, citationPermalink, citationText, type Citation } from "./citation";

const citation = (overrides: Partial<Citation> = {}): Citation => ({
  title: "Transit time, Russia to India",
  origin: "https://corridor.example.org",
  path: "/metrics/transit_time",
  moment: "2026-12-02T19:40:05.123Z",
  accessed: "2026-12-02T19:40:05.123Z",
  publishers: ["RZD", "Trend (ADY data)", "RZD"],
  ...overrides,
});

describe("citationPermalink", () => {
  it("adds asOf to the page's address, and reads back as the same moment", () => {
    const url = new URL(citationPermalink(citation()));
    expect(url.pathname).toBe("/metrics/transit_time");
    const { asOf, errors, rest } = takeAsOf(url.searchParams, new Date("2026-12-03T00:00:00Z"));
    expect([asOf, errors, [...rest.keys()]]).toEqual(["2026-12-02T19:40:05.123Z", [], []]);
  });

  it("keeps the page's own query and a fragment, replacing an asOf already there", () => {
    const url = new URL(
      citationPermalink(citation({ path: "/figures?metric=volume&asOf=2025-01-01#compare", moment: "2026-01-01T00:00:00.000Z" })),
    );
    expect(url.searchParams.getAll("asOf")).toEqual(["2026-01-01T00:00:00.000Z"]);
    expect(url.searchParams.get("metric")).toBe("volume");
    expect(url.hash).toBe("#compare");
    expect(citationPermalink(citation({ path: "/#compare-heading" }))).toMatch(
      /^https:\/\/corridor\.example\.org\/\?asOf=[^#]+#compare-heading$/,
    );
  });
});

describe("citationText", () => {
  it("names the title, the site, the permalink, the day accessed and the sources to cite first", () => {
    expect(citationText(citation())).toBe(
      "“Transit time, Russia to India”, Corridor Watch, https://corridor.example.org/metrics/transit_time?asOf=2026-12-02T19%3A40%3A05.123Z, " +
        "accessed 2 December 2026. Figures are those of their named sources (RZD; Trend (ADY data)); cite them first.",
    );
  });

  it("dates the access by its UTC day, and the permalink by the moment shown, which may be earlier", () => {
    const text = citationText(citation({ moment: "2025-06-30T23:59:59.999Z", accessed: "2026-12-31T23:30:00.000Z" }));
    expect(text).toContain("accessed 31 December 2026.");
    const permalink = new URL(/https:\/\/\S+(?=, accessed)/.exec(text)![0]);
    expect(parseAsOf(permalink.searchParams.get("asOf")!)).toEqual({ ok: true, asOf: new Date("2025-06-30T23:59:59.999Z") });
  });

  it("says nothing of sources when there are none", () => {
    expect(citationText(citation({ publishers: [" ", ""] }))).toMatch(/accessed 2 December 2026\.$/);
  });
});

describe("bibtexText", () => {
  it("escapes LaTeX's special characters", () => {
    expect(bibtexText(String.raw`50% of {cargo} & $5_000 #1 ^up ~ a\b`)).toBe(
      String.raw`50\% of \{cargo\} \& \$5\_000 \#1 \^{}up \textasciitilde{} a\textbackslash{}b`,
    );
  });

  it("writes an en dash as -- and an em dash as ---", () => {
    expect(bibtexText("Rasht–Astara railway — cost")).toBe("Rasht--Astara railway --- cost");
  });
});

describe("citationBibtex", () => {
  it("is a @misc entry with title, howpublished, url, note, urldate and year", () => {
    const entry = citationBibtex(
      citation({
        title: "Rasht–Astara: 100% of the budget & more",
        publishers: ["Iran's RAI_News", "Trend"],
        moment: "2025-12-31T12:00:00.000Z",
      }),
    );
    const permalink = "https://corridor.example.org/metrics/transit_time?asOf=2025-12-31T12%3A00%3A00.000Z";
    expect(entry).toBe(
      [
        "@misc{corridorwatch-metrics-transit_time-2025-12-31,",
        "  title        = {{Rasht--Astara: 100\\% of the budget \\& more}},",
        "  author       = {{Corridor Watch}},",
        `  howpublished = {\\url{${permalink.replaceAll("%", "\\%")}}},`,
        `  url          = {${permalink}},`,
        "  note         = {Data as it stood at 2025-12-31T12:00:00.000Z. Figures are those of their named sources (Iran's RAI\\_News; Trend); cite them first.},",
        "  urldate      = {2026-12-02},",
        "  year         = {2025},",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("keeps its braces balanced whatever the title holds", () => {
    const entry = citationBibtex(citation({ title: "}{ odd } title {", publishers: ["{Publisher}"] }));
    // Unescaped braces only: each \{ or \} is text.
    const structural = entry.replace(/\\[{}]/g, "");
    let depth = 0;
    for (const character of structural) {
      depth += character === "{" ? 1 : character === "}" ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});

describe("citationKey", () => {
  it("is made of the address's parts and the day, in characters BibTeX keys allow", () => {
    expect(citationKey({ path: "/routes/instc-west?x=1", moment: "2026-12-02T00:00:00Z" })).toBe(
      "corridorwatch-routes-instc-west-2026-12-02",
    );
    expect(citationKey({ path: "/#compare-heading", moment: "2026-12-02T00:00:00Z" })).toBe("corridorwatch-overview-2026-12-02");
    expect(citationKey({ path: "/metrics/caf%C3%A9%20x", moment: "2026-12-02T00:00:00Z" })).toBe("corridorwatch-metrics-caf-x-2026-12-02");
  });
});
