import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSeedData } from "../seed/parse-seed-data";
import { escapeXml, mapTitle, renderRouteMap, type MapRoute, type RouteMapData } from "./render-route-map";

// Structured checks of the map's SVG: the string is parsed into elements (a small parser for the renderer's own
// output: elements, attributes and text, no comments or CDATA), which also proves it is well-formed.

type Element = { name: string; attributes: Record<string, string>; children: Element[]; text: string; parent: Element | null };

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!);

function parseSvg(svg: string): Element {
  const root: Element = { name: "#root", attributes: {}, children: [], text: "", parent: null };
  let current = root;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = tag.exec(svg)) !== null) {
    consumed = tag.lastIndex;
    const [, closing, name, attributeText, selfClosing, text] = match;
    if (text !== undefined) {
      current.text += decode(text);
      continue;
    }
    if (closing) {
      if (current.name !== name) throw new Error(`</${name}> closes <${current.name}>`);
      current = current.parent!;
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of attributeText!.matchAll(/([\w:-]+)="([^"]*)"/g)) attributes[key!] = decode(value!);
    const element: Element = { name: name!, attributes, children: [], text: "", parent: current };
    current.children.push(element);
    if (!selfClosing) current = element;
  }
  if (consumed !== svg.length) throw new Error(`unparsed SVG from character ${consumed}: ${svg.slice(consumed, consumed + 40)}`);
  if (current !== root) throw new Error(`<${current.name}> is never closed`);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

const all = (element: Element, test: (element: Element) => boolean): Element[] =>
  element.children.flatMap((child) => [...(test(child) ? [child] : []), ...all(child, test)]);
const textOf = (element: Element): string => element.text + element.children.map(textOf).join("");
const hasClass = (element: Element, name: string) => (element.attributes.class ?? "").split(" ").includes(name);
const ancestors = (element: Element): Element[] => (element.parent ? [element.parent, ...ancestors(element.parent)] : []);

const seedDir = path.join(import.meta.dirname, "..", "..", "prisma", "seed-data");
const read = (name: string) => readFileSync(path.join(seedDir, name), "utf8");
const seed = parseSeedData({ routes: read("routes.csv"), metrics: read("metrics.csv"), facts: read("facts.csv"), events: read("events.csv"), routeNodes: read("route-nodes.csv") });
const data: RouteMapData = {
  routes: seed.routes.map((route) => ({
    slug: route.slug,
    name: route.name,
    kind: route.kind,
    nodes: route.nodes.map((node) => ({ ...node, latitude: Number(node.latitude), longitude: Number(node.longitude) })),
  })),
};
const waypointNames = new Set(data.routes.flatMap((route) => route.nodes.filter((node) => node.kind === "waypoint").map((node) => node.name)));

describe("renderRouteMap", () => {
  const svg = renderRouteMap(data, { width: 1000, height: 790 });
  const map = parseSvg(svg);
  const links = all(map, (element) => element.name === "a");

  it("is one SVG of at most 100 KB, labelled as schematic", () => {
    expect(map.name).toBe("svg");
    expect(map.attributes.viewBox).toMatch(/^0 0 1000 [\d.]+$/);
    expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(100_000);
    expect(all(map, (element) => element.name === "text").map(textOf)).toContain(mapTitle);
  });

  it("draws each route as one link to its page, named, holding its path", () => {
    expect(links.map((link) => link.attributes.href).sort()).toEqual(data.routes.map((route) => `/routes/${route.slug}`).sort());
    for (const route of data.routes) {
      const link = links.find((element) => element.attributes.href === `/routes/${route.slug}`)!;
      expect(link.attributes["aria-label"]).toBe(`${route.name}: route page`);
      const legs = all(link, (element) => element.name === "path" && hasClass(element, "cw-leg"));
      expect(legs.length).toBeGreaterThan(0);
      expect(legs.every((leg) => /^M[\d.-]+ [\d.-]+(?:[ML][\d.-]+ [\d.-]+)+$/.test(leg.attributes.d!))).toBe(true);
    }
    // Every route path is inside a link.
    for (const leg of all(map, (element) => element.name === "path" && hasClass(element, "cw-leg") && /cw-leg-/.test(element.attributes.class!))) {
      expect(ancestors(leg).some((element) => element.name === "a")).toBe(true);
    }
  });

  it("draws the Rasht–Astara gap as a dashed missing link, labelled, on the western route only", () => {
    const missing = all(map, (element) => element.name === "path" && hasClass(element, "cw-leg-missing"));
    expect(missing).toHaveLength(1);
    expect(missing[0]!.attributes["stroke-dasharray"]).toBeTruthy();
    expect(ancestors(missing[0]!).find((element) => element.name === "a")!.attributes.href).toBe("/routes/instc-west");
    expect(all(map, (element) => element.name === "text").map(textOf)).toContain("Missing link");
    // Rail is solid, sea dashed: the legend says so in words.
    const rail = all(map, (element) => element.name === "path" && hasClass(element, "cw-leg-rail"));
    expect(rail.every((path) => path.attributes["stroke-dasharray"] === undefined)).toBe(true);
    expect(all(map, (element) => hasClass(element, "cw-leg-key")).map(textOf)).toEqual(["RailRoadSeaMissing link"]);
  });

  it("labels stops, never waypoints", () => {
    const labels = all(map, (element) => element.name === "text" && hasClass(element, "cw-label")).map(textOf);
    expect(labels).toEqual(expect.arrayContaining(["St Petersburg", "Moscow", "Nhava Sheva (Mumbai)", "Rasht", "Bandar Abbas"]));
    expect(labels.filter((label) => waypointNames.has(label))).toEqual([]);
    const dots = all(map, (element) => element.name === "circle").map((dot) => textOf(dot));
    expect(dots.some((title) => [...waypointNames].some((name) => title.startsWith(`${name} (`)))).toBe(false);
  });

  it("keeps only the main labels on a phone", () => {
    const narrow = parseSvg(renderRouteMap(data, { width: 343, height: 520 }));
    const labels = all(narrow, (element) => element.name === "text" && hasClass(element, "cw-label") && !hasClass(element, "cw-note"));
    const wideLabels = all(map, (element) => element.name === "text" && hasClass(element, "cw-label") && !hasClass(element, "cw-note"));
    expect(labels.length).toBeLessThanOrEqual(10);
    expect(labels.length).toBeLessThan(wideLabels.length);
  });

  it("draws a highlighted route last (on top), marked as this page, the others muted", () => {
    const highlighted = parseSvg(renderRouteMap(data, { width: 1000, height: 790, highlight: "instc-west" }));
    const routeLinks = all(highlighted, (element) => element.name === "a");
    expect(routeLinks.at(-1)!.attributes.href).toBe("/routes/instc-west");
    expect(routeLinks.at(-1)!.attributes["aria-current"]).toBe("page");
    expect(routeLinks.slice(0, -1).every((link) => hasClass(link, "cw-muted"))).toBe(true);
    expect(hasClass(routeLinks.at(-1)!, "cw-muted")).toBe(false);
  });

  it("escapes every text it puts in", () => {
    const hostile: MapRoute = {
      slug: "test-route",
      name: 'A <b>"route"</b> & co',
      kind: "alternative",
      nodes: [
        { name: "<script>alert(1)</script>", country: "X & Y", kind: "port", latitude: 40, longitude: 50, toNext: "sea" },
        { name: "End's", country: "Z", kind: "city", latitude: 35, longitude: 55, toNext: null },
      ],
    };
    const text = renderRouteMap({ routes: [hostile] }, { width: 1000, height: 790 });
    expect(text).not.toContain("<script>");
    expect(text).not.toContain("<b>");
    const parsed = parseSvg(text);
    expect(all(parsed, (element) => element.name === "a")[0]!.attributes["aria-label"]).toBe('A <b>"route"</b> & co: route page');
    expect(all(parsed, (element) => element.name === "text").map(textOf)).toContain("<script>alert(1)</script>");
    expect(escapeXml(`<&>"'`)).toBe("&lt;&amp;&gt;&quot;&#39;");
  });

  it("leaves out a route with no path", () => {
    const withEmpty: RouteMapData = { routes: [...data.routes, { slug: "no-path", name: "No path", kind: "alternative", nodes: [] }] };
    const parsed = parseSvg(renderRouteMap(withEmpty, { width: 1000, height: 790 }));
    expect(all(parsed, (element) => element.name === "a").map((link) => link.attributes.href)).not.toContain("/routes/no-path");
  });
});
