import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRouteNodes, parseRouteNodes, routeLegs, routeNodeKinds, type RouteNode } from "./route-nodes";

const twoStops = "Astara (Iran) | Iran | terminal | 38.43 | 48.87 | missing\nRasht | Iran | city | 37.28 | 49.58";

const errorsOf = (text: string) => {
  const parsed = parseRouteNodes(text);
  return parsed.ok ? [] : parsed.errors;
};

describe("parseRouteNodes", () => {
  it("reads one node a line, in order, the last without a leg", () => {
    const parsed = parseRouteNodes(twoStops);
    expect(parsed).toEqual({
      ok: true,
      nodes: [
        { name: "Astara (Iran)", country: "Iran", kind: "terminal", latitude: "38.43", longitude: "48.87", toNext: "missing", note: "" },
        { name: "Rasht", country: "Iran", kind: "city", latitude: "37.28", longitude: "49.58", toNext: null, note: "" },
      ],
    });
  });

  it("keeps a note, pads coordinates to two decimals without rounding, and ignores blank lines", () => {
    const parsed = parseRouteNodes(
      "\n  A | X | port | 5 | -0.5 | sea | Gulf port  \n\n B | — | chokepoint | -12.3 | 179.99 |  | end note \n",
    );
    expect(parsed.ok && parsed.nodes.map((node) => [node.latitude, node.longitude, node.toNext, node.note])).toEqual([
      ["5.00", "-0.50", "sea", "Gulf port"],
      ["-12.30", "179.99", null, "end note"],
    ]);
  });

  it("takes no lines as a route left off the map", () => {
    expect(parseRouteNodes(" \n ")).toEqual({ ok: true, nodes: [] });
  });

  it.each([
    [
      "A | X | port | 1 | 2 | sea",
      "Give at least two nodes (where the route starts and where it ends), or none to leave the route off the map",
    ],
    [
      "A | X | port | 90.01 | 2 | sea\nB | Y | port | 1 | 2",
      "Line 1: latitude must be a number from −90 to 90 with at most two decimals, such as 38.43",
    ],
    [
      "A | X | port | 1.234 | 2 | sea\nB | Y | port | 1 | 2",
      "Line 1: latitude must be a number from −90 to 90 with at most two decimals, such as 38.43",
    ],
    [
      "A | X | port | 1 | -180.5 | sea\nB | Y | port | 1 | 2",
      "Line 1: longitude must be a number from −180 to 180 with at most two decimals, such as 48.87",
    ],
    [
      "A | X | port | 1 | 1e2 | sea\nB | Y | port | 1 | 2",
      "Line 1: longitude must be a number from −180 to 180 with at most two decimals, such as 48.87",
    ],
    [
      "A | X | harbour | 1 | 2 | sea\nB | Y | port | 1 | 2",
      "Line 1: kind must be one of port, city, border, terminal, chokepoint, waypoint",
    ],
    ["A | X | port | 1 | 2 | ferry\nB | Y | port | 1 | 2", "Line 1: the leg to the next node must be one of rail, road, sea, missing"],
    ["A | X | port | 1 | 2 |\nB | Y | port | 1 | 2", "Line 1: the leg to the next node must be one of rail, road, sea, missing"],
    [
      "A | X | port | 1 | 2 | sea\nB | Y | port | 1 | 2 | rail",
      "Line 2 is the last node: it has no leg to a next one, so leave the leg blank",
    ],
    [
      "A | X | port | 1 | 2 | sea\n\nB | Y | port | 1",
      "Line 3 must read “name | country | kind | latitude | longitude | leg”, with a note after a further “|” if wanted",
    ],
    [" | X | port | 1 | 2 | sea\nB | Y | port | 1 | 2", "Line 1 needs a name"],
    ["Turn | — | waypoint | 1 | 2 | sea\nB | Y | port | 1 | 2", "Line 1: a route starts and ends at a stop, not a waypoint"],
  ])("refuses %j", (text, message) => {
    expect(errorsOf(text)).toContain(message);
  });

  it("refuses more than 100 nodes", () => {
    const lines = Array.from({ length: 101 }, (_, index) => `N${index} | X | city | 1 | 2 | ${index === 100 ? "" : "rail"}`);
    expect(errorsOf(lines.join("\n"))).toContain("At most 100 nodes");
  });
});

describe("formatRouteNodes", () => {
  it("writes what parseRouteNodes reads, the last node without a trailing leg", () => {
    const text = "A | X | port | 1.50 | 2.00 | sea | a note\nTurn | — | waypoint | 3.00 | 4.00 | sea\nB | Y | port | -3.00 | 4.00";
    const parsed = parseRouteNodes(text);
    expect(parsed.ok && formatRouteNodes(parsed.nodes)).toBe(text);
  });
});

describe("the stored text", () => {
  const cell = fc
    .string({ minLength: 1, maxLength: 30 })
    .map((text) => text.replace(/[|\n\r]/g, "x").trim())
    .filter((text) => text !== "");
  const coordinate = (limit: number) =>
    fc.integer({ min: -limit * 100, max: limit * 100 }).map((hundredths) => (hundredths / 100).toFixed(2));
  const stop = fc.record({
    name: cell,
    country: cell,
    kind: fc.constantFrom(...routeNodeKinds.filter((kind) => kind !== "waypoint")),
    latitude: coordinate(90),
    longitude: coordinate(180),
    note: fc.oneof(fc.constant(""), cell),
  });
  const middle = fc.record({
    name: cell,
    country: cell,
    kind: fc.constantFrom(...routeNodeKinds),
    latitude: coordinate(90),
    longitude: coordinate(180),
    note: fc.oneof(fc.constant(""), cell),
  });
  const path = fc
    .tuple(stop, fc.array(middle, { maxLength: 8 }), stop, fc.array(fc.constantFrom(...routeLegs), { minLength: 9, maxLength: 9 }))
    .map(([first, inner, last, legs]) =>
      [first, ...inner, last].map((node, index, all): RouteNode => ({ ...node, toNext: index === all.length - 1 ? null : legs[index]! })),
    );

  it("reads back exactly what it wrote, so a saved path is normalised once and stays so", () => {
    fc.assert(
      fc.property(path, (nodes) => {
        const parsed = parseRouteNodes(formatRouteNodes(nodes));
        expect(parsed).toEqual({ ok: true, nodes });
      }),
    );
  });
});
