// One colour per route, the same on every page. INSTC branches share a blue family, the alternatives a warm one
// (Suez orange, the Middle Corridor plum, far apart from each other). Every colour has at least 4.5:1 contrast on
// white and on the card tint (#f5f4f0), so it may colour text as well as bars.

export const routeColours: Record<string, string> = {
  "instc-west": "#0b5c8a",
  "instc-caspian": "#0e7490",
  "instc-east": "#4a5fa8",
  suez: "#a34a14",
  "middle-corridor": "#8e2a64",
  // The other sea routes, warm but apart from Suez: the Cape an olive brown, Chennai–Vladivostok a deep red-brown.
  "cape-of-good-hope": "#6f5a12",
  "chennai-vladivostok": "#7a3b2e",
};

/** For a route added later: its family's colour, so a new branch still reads as INSTC or as an alternative. */
const familyColours = { instc: "#0b5c8a", alternative: "#a34a14" } as const;

export function routeColour(slug: string, kind: "instc" | "alternative" = "alternative"): string {
  return routeColours[slug] ?? familyColours[kind];
}
