import { withoutParenthetical } from "../format/without-parenthetical";

// The route comparison puts routes side by side on "Russia to India" measures, so it may only draw figures
// between those two ends: the Middle Corridor's China–Europe days or a Caspian leg are true figures, but not
// Russia–India ones. A figure's subject names its end points ("St Petersburg–Nhava Sheva", "India–Russia via
// the Red Sea"); the first and the last place say which ends they are. Unknown places are not guessed: such a
// figure is left out of the comparison and named as not comparable.

export type CorridorEnd = "Russia" | "India" | "China" | "Europe" | "Iran" | "Georgia";

/** Places as the data's subjects name them, lower-case. */
const places: Record<CorridorEnd, readonly string[]> = {
  Russia: ["russia", "russian far east", "st petersburg", "moscow", "astrakhan", "novorossiysk", "vladivostok", "baltic"],
  India: ["india", "mumbai", "nhava sheva", "mundra", "chennai"],
  China: ["china", "shanghai", "xi'an", "altynkol (china border)"],
  Europe: ["europe", "rotterdam", "constanța", "budapest", "chornomorsk (ukraine)"],
  Iran: ["iran", "bandar abbas", "anzali", "bandar anzali"],
  Georgia: ["poti"],
};
const endOfPlace = new Map(
  (Object.entries(places) as [CorridorEnd, readonly string[]][]).flatMap(([end, names]) => names.map((name) => [name, end] as const)),
);

/** "Nhava Sheva–Moscow (INSTC route 1, via Astara–Baku)" → "Nhava Sheva–Moscow"; "India–Russia via the Red Sea" → "India–Russia". */
function stripQualifiers(subject: string): string {
  const text = withoutParenthetical(subject.trim());
  const qualifier = / (?:via|by) /.exec(text);
  return (qualifier ? text.slice(0, qualifier.index) : text).trim();
}

/** The two ends a subject runs between, in its order, or null when either end is not a known place. */
export function corridorEnds(subject: string): [CorridorEnd, CorridorEnd] | null {
  const stops = stripQualifiers(subject)
    .split("–")
    .map((stop) => stop.trim().toLowerCase());
  if (stops.length < 2) return null;
  const first = endOfPlace.get(stops[0]!);
  const last = endOfPlace.get(stops[stops.length - 1]!);
  return first && last ? [first, last] : null;
}

/** Whether a figure about this subject runs between Russia and India, in either direction. */
export function isRussiaIndia(subject: string): boolean {
  const ends = corridorEnds(subject);
  return ends !== null && new Set(ends).size === 2 && ends.includes("Russia") && ends.includes("India");
}
