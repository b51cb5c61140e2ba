// A route's path for the schematic map: its nodes in order, each with how the leg to the next is travelled. An
// editor keeps them as text in the route form, one node a line –
//   name | country | kind | latitude | longitude | leg to the next | note (optional)
// – so they are edited with the route and kept in its history like every other field (the record framework keeps
// every field as text). The last node has no leg. Coordinates are public geography to 0.01°: never a distance.

export const routeNodeKinds = ["port", "city", "border", "terminal", "chokepoint", "waypoint"] as const;
export const routeLegs = ["rail", "road", "sea", "missing"] as const;

export type RouteNodeKind = (typeof routeNodeKinds)[number];
export type RouteLeg = (typeof routeLegs)[number];

/** A node as stored; latitude and longitude as written with two decimals ("38.40"), the database's scale. */
export type RouteNode = {
  name: string;
  country: string;
  kind: RouteNodeKind;
  latitude: string;
  longitude: string;
  toNext: RouteLeg | null;
  note: string;
};

export const maxRouteNodes = 100;
export const maxNodeText = 120;
export const maxNodeNote = 400;

const coordinatePattern = /^-?\d{1,3}(\.\d{1,2})?$/;

const isKind = (text: string): text is RouteNodeKind => (routeNodeKinds as readonly string[]).includes(text);
const isLeg = (text: string): text is RouteLeg => (routeLegs as readonly string[]).includes(text);

/** "38.4" → "38.40", or null when it is not a number with at most two decimals within ±limit. */
function parseCoordinate(text: string, limit: number): string | null {
  if (!coordinatePattern.test(text)) return null;
  const value = Number(text);
  if (Math.abs(value) > limit) return null;
  // At most two decimals were written, so toFixed(2) only pads: no digit the editor gave is rounded away.
  const fixed = value.toFixed(2);
  return fixed === "-0.00" ? "0.00" : fixed;
}

/**
 * Parses the editor's lines; blank lines are ignored, and no line at all means the route is not on the map.
 * Errors name the line as the editor counts it.
 */
export function parseRouteNodes(text: string): { ok: true; nodes: RouteNode[] } | { ok: false; errors: string[] } {
  const nodes: RouteNode[] = [];
  const errors: string[] = [];
  const lines = text
    .split("\n")
    .map((raw, index) => ({ line: raw.trim(), number: index + 1 }))
    .filter(({ line }) => line !== "");
  lines.forEach(({ line, number }, position) => {
    const cells = line.split("|").map((cell) => cell.trim());
    const last = position === lines.length - 1;
    if (cells.length < 5 || cells.length > 7) {
      errors.push(
        `Line ${number} must read “name | country | kind | latitude | longitude | leg”, with a note after a further “|” if wanted`,
      );
      return;
    }
    const [name = "", country = "", kind = "", lat = "", lon = "", leg = "", note = ""] = cells;
    const problems: string[] = [];
    if (name === "") problems.push("a name");
    if (country === "") problems.push("a country (— for open sea)");
    if (problems.length > 0) errors.push(`Line ${number} needs ${problems.join(" and ")}`);
    if (name.length > maxNodeText || country.length > maxNodeText)
      errors.push(`Line ${number}: name and country must be at most ${maxNodeText} characters`);
    if (note.length > maxNodeNote) errors.push(`Line ${number}: the note must be at most ${maxNodeNote} characters`);
    if (!isKind(kind)) errors.push(`Line ${number}: kind must be one of ${routeNodeKinds.join(", ")}`);
    const latitude = parseCoordinate(lat, 90);
    const longitude = parseCoordinate(lon, 180);
    if (latitude === null) errors.push(`Line ${number}: latitude must be a number from −90 to 90 with at most two decimals, such as 38.43`);
    if (longitude === null)
      errors.push(`Line ${number}: longitude must be a number from −180 to 180 with at most two decimals, such as 48.87`);
    if (last && leg !== "") errors.push(`Line ${number} is the last node: it has no leg to a next one, so leave the leg blank`);
    if (!last && !isLeg(leg)) errors.push(`Line ${number}: the leg to the next node must be one of ${routeLegs.join(", ")}`);
    if (isKind(kind) && kind === "waypoint" && (position === 0 || last))
      errors.push(`Line ${number}: a route starts and ends at a stop, not a waypoint`);
    if (errors.length === 0 && isKind(kind) && latitude !== null && longitude !== null) {
      nodes.push({ name, country, kind, latitude, longitude, toNext: last || !isLeg(leg) ? null : leg, note });
    }
  });
  if (lines.length === 1)
    errors.push("Give at least two nodes (where the route starts and where it ends), or none to leave the route off the map");
  if (lines.length > maxRouteNodes) errors.push(`At most ${maxRouteNodes} nodes`);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, nodes };
}

/** The stored text of a route's nodes: one line each, in order, as the form and history show them. */
export function formatRouteNodes(nodes: readonly RouteNode[]): string {
  return nodes
    .map((node) => {
      const cells = [node.name, node.country, node.kind, node.latitude, node.longitude, node.toNext ?? ""];
      if (node.note !== "") cells.push(node.note);
      else if (node.toNext === null) cells.pop();
      return cells.join(" | ");
    })
    .join("\n");
}
