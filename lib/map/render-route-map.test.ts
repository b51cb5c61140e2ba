import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { all, ancestors, hasClass, parseSvg, textOf } from "../../tests/support/parse-svg";
import { parseSeedData } from "../seed/parse-seed-data";
import { parseMapOutlinesFile } from "./map-outlines-url";
import { escapeXml, mapTitle, pageMapSizes, renderMapOutlines, renderRouteMap, type MapRoute, type RouteMapData } from "./render-route-map";

// Structured checks of the map's SVG: the string is parsed into elements (tests/support/parse-svg.ts).

const seedDir = path.join(import.meta.dirname, "..", "..", "prisma", "seed-data");
const read = (name: string) => readFileSync(path.join(seedDir, name), "utf8");
const seed = parseSeedData({
  routes: read("routes.csv"),
  metrics: read("metrics.csv"),
  facts: read("facts.csv"),
  events: read("events.csv"),
  routeNodes: read("route-nodes.csv"),
});
const data: RouteMapData = {
  routes: seed.routes.map((route) => ({
    slug: route.slug,
    name: route.name,
    kind: route.kind,
    nodes: route.nodes.map((node) => ({ ...node, latitude: Number(node.latitude), longitude: Number(node.longitude) })),
  })),
};
const waypointNames = new Set(
  data.routes.flatMap((route) => route.nodes.filter((node) => node.kind === "waypoint").map((node) => node.name)),
);

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
    for (const leg of all(
      map,
      (element) => element.name === "path" && hasClass(element, "cw-leg") && /cw-leg-/.test(element.attributes.class!),
    )) {
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

describe("the page's map with its outlines served apart", () => {
  it("draws the outlines as one image of the map's frame, and the outlines alone line up with it", () => {
    const inline = renderRouteMap(data, { ...pageMapSizes.wide });
    const apart = renderRouteMap(data, { ...pageMapSizes.wide, outlinesApart: true });
    const image = all(parseSvg(apart), (element) => element.name === "image");
    expect(image).toHaveLength(1);
    const frameHeight = image[0]!.attributes.height!;
    expect(image[0]!.attributes).toMatchObject({
      href: `/api/map-outlines/1000x${frameHeight}.svg`,
      x: "0",
      y: "0",
      width: "1000",
      "aria-hidden": "true",
    });
    expect(parseMapOutlinesFile(`1000x${frameHeight}.svg`)).toEqual({ width: 1000, height: Number(frameHeight) });
    for (const file of ["1000x714.25.svg", "99999x700.svg", "1000x700.png", "1000x0700.svg"])
      expect(parseMapOutlinesFile(file), file).toBeNull();
    // Everything else is the same drawing: the routes' links, the stops, the legend.
    const links = (svg: string) => all(parseSvg(svg), (element) => element.name === "a").map((element) => element.attributes.href);
    expect(links(apart)).toEqual(links(inline));
    expect(Buffer.byteLength(apart)).toBeLessThan(Buffer.byteLength(inline) / 3);

    const outlines = parseSvg(renderMapOutlines(1000, Number(frameHeight)));
    expect([outlines.attributes.width, outlines.attributes.height]).toEqual([image[0]!.attributes.width, image[0]!.attributes.height]);
    // The same paths the inline map draws.
    const paths = (element: ReturnType<typeof parseSvg>) =>
      all(element, (child) => child.name === "path" && child.parent?.name === "svg").map((path) => path.attributes.d);
    expect(paths(outlines)).toEqual(paths(parseSvg(inline)));
  });
});
