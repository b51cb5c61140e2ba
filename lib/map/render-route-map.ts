import { withoutParenthetical } from "../format/without-parenthetical";
import { routeColour } from "../charts/route-colours";
import type { RouteLeg, RouteNodeKind } from "../routes/route-nodes";
import { countryOutlines, mapProjection } from "./country-outlines";
import { mapOutlinesUrl } from "./map-outlines-url";

// The schematic route map as one SVG string: a pure function of the routes and the map's size, so the page, a
// later SVG or PNG download, an embed and a social card all draw the same map. Every text put in is escaped.
// Schematic: no length is ever computed from the geometry.

export type MapNode = { name: string; country: string; kind: RouteNodeKind; latitude: number; longitude: number; toNext: RouteLeg | null };
export type MapRoute = { slug: string; name: string; kind: "instc" | "alternative"; nodes: MapNode[] };
export type RouteMapData = { routes: MapRoute[] };
export type RouteMapOptions = {
  /** The route whose page this is: drawn on top and labelled, the others muted. */
  highlight?: string;
  width: number;
  height: number;
  /** Put before each route's path, e.g. the site's origin for an image seen outside the site. */
  linkBase?: string;
  /**
   * The country outlines drawn as an image of their own (renderMapOutlines, at mapOutlinesUrl) instead of inlined: on a
   * page, where they are most of the map's bytes and an inline drawing travels twice (in the HTML and in React's
   * payload). A file (a download, a PNG) inlines them, since it is seen alone.
   */
  outlinesApart?: boolean;
};

/** The sizes a page draws the map at (CSS shows one): the wide one fills the page's column, the narrow one a phone. */
export const pageMapSizes = { wide: { width: 1000, height: 790 }, compact: { width: 343, height: 520 } } as const;
export type PageMapSize = keyof typeof pageMapSizes;

export const mapTitle = "Schematic: not a source for distances";

/** How the map draws borders, said under it wherever it is shown. */
export const bordersNote =
  "Borders are drawn as Natural Earth shows them (admin-0 countries, via the world-atlas package), which is no view of Corridor Watch on any disputed border.";

/** Narrower than this, only the most important stops are labelled. */
const compactWidth = 600;

const legStyles: Record<RouteLeg, { label: string; dash: string | null; width: number }> = {
  rail: { label: "Rail", dash: null, width: 2.5 },
  road: { label: "Road", dash: "7 3", width: 2.5 },
  sea: { label: "Sea", dash: "1.5 3.5", width: 2 },
  missing: { label: "Missing link", dash: "4 3", width: 3 },
};
const missingColour = "#c62828";

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);
}

const r1 = (value: number) => Math.round(value * 10) / 10;

type Point = [number, number];
type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A server-side estimate of a label's width in the system sans-serif (no canvas here); generous on purpose. */
const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.55;

/** The part of segment a–b inside the box (Liang–Barsky), or null. */
function clipSegment(a: Point, b: Point, box: Box): [Point, Point] | null {
  let [t0, t1] = [0, 1];
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const edges: [number, number][] = [
    [-dx, a[0] - box.x],
    [dx, box.x + box.width - a[0]],
    [-dy, a[1] - box.y],
    [dy, box.y + box.height - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  if (t0 > t1) return null;
  return [
    [a[0] + t0 * dx, a[1] + t0 * dy],
    [a[0] + t1 * dx, a[1] + t1 * dy],
  ];
}

/** Path data of consecutive segments, each clipped to the box, joined where they touch. */
function polylinePath(points: readonly Point[], box: Box): string {
  let data = "";
  let last: Point | null = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const clipped = clipSegment(points[i]!, points[i + 1]!, box);
    if (!clipped) {
      last = null;
      continue;
    }
    const [from, to] = clipped;
    if (!last || Math.abs(last[0] - from[0]) > 0.05 || Math.abs(last[1] - from[1]) > 0.05) data += `M${r1(from[0])} ${r1(from[1])}`;
    data += `L${r1(to[0])} ${r1(to[1])}`;
    last = to;
  }
  return data;
}

const nodeKey = (node: MapNode) => `${node.latitude.toFixed(2)},${node.longitude.toFixed(2)}`;
const segmentKey = (a: MapNode, b: MapNode) => [nodeKey(a), nodeKey(b)].sort().join("|");

/**
 * Each route's vertices on screen, shifted sideways where several routes share a leg (St Petersburg–Moscow,
 * the Baltic, Tehran–Bandar Abbas), so that every route stays visible beside the others.
 */
function routeVertices(routes: readonly MapRoute[], project: (node: MapNode) => Point, gap: number): Map<string, Point[]> {
  const sharing = new Map<string, string[]>();
  for (const route of routes) {
    route.nodes.forEach((node, index) => {
      const next = route.nodes[index + 1];
      if (!next) return;
      const key = segmentKey(node, next);
      const list = sharing.get(key) ?? [];
      if (!list.includes(route.slug)) sharing.set(key, [...list, route.slug]);
    });
  }
  const result = new Map<string, Point[]>();
  for (const route of routes) {
    const points = route.nodes.map(project);
    // Each segment's sideways shift: its rank among the routes sharing it, centred on the shared line. The
    // normal follows a canonical direction of the segment, so two routes that run it in opposite directions
    // still shift to opposite sides.
    const shifts = points.slice(0, -1).map((from, index): Point => {
      const to = points[index + 1]!;
      const a = route.nodes[index]!;
      const b = route.nodes[index + 1]!;
      const list = sharing.get(segmentKey(a, b)) ?? [route.slug];
      const offset = (list.indexOf(route.slug) - (list.length - 1) / 2) * gap;
      const forward = nodeKey(a) < nodeKey(b);
      const [dx, dy] = forward ? [to[0] - from[0], to[1] - from[1]] : [from[0] - to[0], from[1] - to[1]];
      const length = Math.hypot(dx, dy) || 1;
      return [(-dy / length) * offset, (dx / length) * offset];
    });
    result.set(
      route.slug,
      points.map(([x, y], index) => {
        const around = [shifts[index - 1], shifts[index]].filter((shift): shift is Point => shift !== undefined);
        const [sx, sy] = around.reduce<Point>(
          (sum, shift) => [sum[0] + shift[0] / around.length, sum[1] + shift[1] / around.length],
          [0, 0],
        );
        return [x + sx, y + sy];
      }),
    );
  }
  return result;
}

type Stop = { node: MapNode; point: Point; routes: string[]; priority: number };

/** How much a stop's label matters: ends of routes and the missing link first, then ports, crossings, shared stops. */
function stopPriority(node: MapNode, routesThrough: number, isEnd: boolean, onMissingLink: boolean): number {
  const kind = { port: 3, terminal: 2, border: 2, city: 1, chokepoint: 1, waypoint: 0 }[node.kind];
  return (onMissingLink ? 10 : 0) + (isEnd ? 5 : 0) + kind + routesThrough;
}

/** Greedy label placement: each label, most important first, takes the first spot around its dot that is free. */
function placeLabels(stops: readonly Stop[], fontSize: number, frame: Box, reserved: Box[], maxLabels: number) {
  const placed: { text: string; x: number; y: number; anchor: "start" | "end" | "middle" }[] = [];
  const taken = [...reserved, ...stops.map(({ point: [x, y] }) => ({ x: x - 4, y: y - 4, width: 8, height: 8 }))];
  const height = fontSize * 1.15;
  for (const stop of [...stops].sort((a, b) => b.priority - a.priority)) {
    if (placed.length >= maxLabels) break;
    const text = stop.node.name;
    const width = textWidth(text, fontSize);
    const [x, y] = stop.point;
    const d = 6;
    const candidates: { box: Box; x: number; y: number; anchor: "start" | "end" | "middle" }[] = [
      { box: { x: x + d, y: y - height / 2, width, height }, x: x + d, y: y + fontSize * 0.35, anchor: "start" },
      { box: { x: x - d - width, y: y - height / 2, width, height }, x: x - d, y: y + fontSize * 0.35, anchor: "end" },
      { box: { x: x - width / 2, y: y - d - height, width, height }, x, y: y - d - fontSize * 0.25, anchor: "middle" },
      { box: { x: x - width / 2, y: y + d, width, height }, x, y: y + d + fontSize * 0.85, anchor: "middle" },
      {
        box: { x: x + d * 0.7, y: y - d * 0.7 - height, width, height },
        x: x + d * 0.7,
        y: y - d * 0.7 - fontSize * 0.25,
        anchor: "start",
      },
      { box: { x: x + d * 0.7, y: y + d * 0.7, width, height }, x: x + d * 0.7, y: y + d * 0.7 + fontSize * 0.85, anchor: "start" },
      {
        box: { x: x - d * 0.7 - width, y: y - d * 0.7 - height, width, height },
        x: x - d * 0.7,
        y: y - d * 0.7 - fontSize * 0.25,
        anchor: "end",
      },
      { box: { x: x - d * 0.7 - width, y: y + d * 0.7, width, height }, x: x - d * 0.7, y: y + d * 0.7 + fontSize * 0.85, anchor: "end" },
    ];
    const inside = (box: Box) =>
      box.x >= frame.x + 2 &&
      box.y >= frame.y + 2 &&
      box.x + box.width <= frame.x + frame.width - 2 &&
      box.y + box.height <= frame.y + frame.height - 2;
    const own = { x: x - 4, y: y - 4, width: 8, height: 8 };
    const free = candidates.find(
      ({ box }) => inside(box) && taken.every((other) => (other.x === own.x && other.y === own.y) || !overlaps(box, other)),
    );
    if (!free) continue;
    taken.push(free.box);
    placed.push({ text, x: free.x, y: free.y, anchor: free.anchor });
  }
  return placed;
}

/** Lays out legend items left to right, wrapping within the width; returns their positions and the rows used. */
function flowLegend(items: readonly { width: number }[], width: number, left: number, rowHeight: number) {
  let [x, row] = [left, 0];
  const positions = items.map((item) => {
    if (x > left && x + item.width > width - left) [x, row] = [left, row + 1];
    const position = { x, row };
    x += item.width + 14;
    return position;
  });
  return { positions, rows: items.length === 0 ? 0 : row + 1, rowHeight };
}

const styleSheet = `
.cw-map text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;fill:#1f1f1f}
.cw-map .cw-label{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.cw-map .cw-note{fill:#4a4a4a;font-style:italic}
.cw-map .cw-labels,.cw-map .cw-note,.cw-map .cw-leg-key{pointer-events:none}
.cw-map .cw-leg{fill:none;stroke-linecap:round;stroke-linejoin:round}
.cw-map .cw-hit{fill:none;stroke:#000;stroke-opacity:0;stroke-linecap:round;stroke-linejoin:round;pointer-events:stroke}
.cw-map a.cw-route{outline:none}
.cw-map a.cw-route:hover .cw-hit{stroke-opacity:.14}
.cw-map a.cw-route:focus-visible .cw-hit{stroke-opacity:.85}
.cw-map a.cw-route .cw-key-box{fill:none;stroke:none}
.cw-map a.cw-route:hover .cw-key-text,.cw-map a.cw-route:focus-visible .cw-key-text{text-decoration:underline}
.cw-map a.cw-route:focus-visible .cw-key-box{stroke:#000;stroke-width:2}
.cw-map a.cw-muted .cw-leg,.cw-map a.cw-muted .cw-swatch{opacity:.38}
.cw-map a.cw-muted .cw-key-text{fill:#4a4a4a}
.cw-map a.cw-muted:hover .cw-leg,.cw-map a.cw-muted:focus-visible .cw-leg,.cw-map a.cw-muted:hover .cw-swatch,.cw-map a.cw-muted:focus-visible .cw-swatch{opacity:1}
.cw-map:not(.cw-highlighted):has(a.cw-route:hover) a.cw-route:not(:hover) .cw-leg{opacity:.45}
`;

/** The routes that run partly beyond the map's frame (their nodes are all in the table). */
export function routesBeyondFrame(data: RouteMapData, width: number, height: number): MapRoute[] {
  const layout = mapLayout(data, width, height);
  const projection = mapProjection(width, layout.mapHeight, layout.padding, layout.compact);
  return data.routes.filter((route) =>
    route.nodes.some((node) => {
      const [x, y] = projection([node.longitude, node.latitude]) ?? [Number.NaN, Number.NaN];
      return !(x >= 0 && x <= width && y >= 0 && y <= layout.mapHeight);
    }),
  );
}

/** A route's name in the legend: without its parenthesis ("Middle Corridor"); the link's name and title keep it. */
const keyName = (route: MapRoute) => withoutParenthetical(route.name);

function mapLayout(data: RouteMapData, width: number, height: number) {
  const compact = width < compactWidth;
  const fontSize = compact ? 11 : 12;
  const keyFont = compact ? 11.5 : 12.5;
  const rowHeight = keyFont * 1.7;
  const drawn = data.routes.filter((route) => route.nodes.length >= 2);
  const routeItems = drawn.map((route) => ({ width: 22 + textWidth(keyName(route), keyFont) }));
  const legItems = (["rail", "road", "sea", "missing"] as const).map((leg) => ({ width: 30 + textWidth(legStyles[leg].label, keyFont) }));
  const legendWidth = width;
  const routeFlow = flowLegend(routeItems, legendWidth, 10, rowHeight);
  const legFlow = flowLegend(legItems, legendWidth, 10, rowHeight);
  const legendHeight = (routeFlow.rows + legFlow.rows) * rowHeight + 12;
  // In tenths of a pixel, as its outlines' address names it (mapOutlinesUrl), so both draw the same frame.
  const mapHeight = r1(Math.max(120, height - legendHeight));
  return { compact, fontSize, keyFont, rowHeight, drawn, routeFlow, legFlow, mapHeight, padding: compact ? 4 : 8 };
}

/** The height of the drawing renderRouteMap makes: the map's frame and its keys below it. */
export function routeMapHeight(data: RouteMapData, width: number, height: number): number {
  const layout = mapLayout(data, width, height);
  return r1(layout.mapHeight + (layout.routeFlow.rows + layout.legFlow.rows) * layout.rowHeight + 12);
}

function outlinePaths(outlines: { land: string; borders: string }): string {
  return (
    `<path d="${outlines.land}" fill="#e4e1d9" stroke="#b9b4a8" stroke-width="0.6"/>` +
    `<path d="${outlines.borders}" fill="none" stroke="#fff" stroke-width="0.9"/>`
  );
}

/**
 * The country outlines of a map `width` wide whose frame (the map above its legend) is `frameHeight` tall, alone, as
 * an SVG document of that frame: what a map drawn with `outlinesApart` points at (mapOutlinesUrl), so the two line
 * up pixel for pixel. A pure function of the two sizes, so its address names both and needs no data.
 */
export function renderMapOutlines(width: number, frameHeight: number): string {
  const compact = width < compactWidth;
  // The padding mapLayout gives a map of this width.
  const outlines = countryOutlines(width, frameHeight, compact ? 4 : 8, compact);
  const mapHeight = r1(frameHeight);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${mapHeight}" viewBox="0 0 ${width} ${mapHeight}">` +
    `<title>Country outlines (Natural Earth, via world-atlas)</title>${outlinePaths(outlines)}</svg>`
  );
}

export function renderRouteMap(data: RouteMapData, options: RouteMapOptions): string {
  const { width, highlight } = options;
  const layout = mapLayout(data, width, options.height);
  const { compact, fontSize, keyFont, rowHeight, drawn, mapHeight } = layout;
  const height = routeMapHeight(data, width, options.height);
  const frame: Box = { x: 0, y: 0, width, height: mapHeight };
  const projection = mapProjection(width, mapHeight, layout.padding, compact);
  const project = (node: MapNode): Point => projection([node.longitude, node.latitude]) ?? [Number.NaN, Number.NaN];
  const outlines = countryOutlines(width, mapHeight, layout.padding, compact);
  const highlighted = drawn.find((route) => route.slug === highlight);
  const vertices = routeVertices(drawn, project, compact ? 2.5 : 3.5);

  // Routes: muted ones first, the highlighted one last (on top). Each is one link: its legs and its legend entry.
  const legendTop = mapHeight + 8;
  const routeKeyPosition = new Map(drawn.map((route, index) => [route.slug, layout.routeFlow.positions[index]!]));
  const ordered = highlighted ? [...drawn.filter((route) => route !== highlighted), highlighted] : drawn;
  const missingLinks: { a: MapNode; b: MapNode; from: Point; to: Point }[] = [];
  const routeMarkup = ordered.map((route) => {
    const colour = routeColour(route.slug, route.kind);
    const points = vertices.get(route.slug)!;
    // One path per run of legs travelled the same way.
    const runs: { leg: RouteLeg; points: Point[] }[] = [];
    route.nodes.forEach((node, index) => {
      if (node.toNext === null || index + 1 >= route.nodes.length) return;
      const lastRun = runs[runs.length - 1];
      if (lastRun && lastRun.leg === node.toNext) lastRun.points.push(points[index + 1]!);
      else runs.push({ leg: node.toNext, points: [points[index]!, points[index + 1]!] });
      if (node.toNext === "missing")
        missingLinks.push({ a: node, b: route.nodes[index + 1]!, from: points[index]!, to: points[index + 1]! });
    });
    const legs = runs
      .map(({ leg, points: runPoints }) => {
        const style = legStyles[leg];
        const data = polylinePath(runPoints, frame);
        if (data === "") return "";
        const stroke = leg === "missing" ? missingColour : colour;
        return `<path class="cw-leg cw-leg-${leg}" d="${data}" stroke="${stroke}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ""}/>`;
      })
      .join("");
    const whole = polylinePath(points, frame);
    const key = routeKeyPosition.get(route.slug)!;
    const keyY = legendTop + key.row * rowHeight;
    const keyWidth = 22 + textWidth(keyName(route), keyFont);
    const muted = highlighted !== undefined && route !== highlighted;
    const label = `${route.name}: route page${route === highlighted ? " (this page)" : ""}`;
    return (
      `<a class="cw-route${muted ? " cw-muted" : ""}" href="${escapeXml(`${options.linkBase ?? ""}/routes/${route.slug}`)}" aria-label="${escapeXml(label)}"${route === highlighted ? ' aria-current="page"' : ""} data-route="${escapeXml(route.slug)}">` +
      `<title>${escapeXml(route.name)}</title>` +
      (whole === "" ? "" : `<path class="cw-hit" d="${whole}" stroke-width="${compact ? 9 : 11}"/>`) +
      legs +
      `<rect class="cw-key-box" x="${r1(key.x - 3)}" y="${r1(keyY - 2)}" width="${r1(keyWidth + 6)}" height="${r1(rowHeight - 2)}" rx="3"/>` +
      `<rect class="cw-swatch" x="${r1(key.x)}" y="${r1(keyY + rowHeight / 2 - 4)}" width="16" height="6" rx="1" fill="${colour}"/>` +
      `<text class="cw-key-text" x="${r1(key.x + 22)}" y="${r1(keyY + rowHeight / 2 + keyFont * 0.33)}" font-size="${keyFont}">${escapeXml(keyName(route))}</text>` +
      `</a>`
    );
  });

  // Stops: the named nodes (never waypoints), one dot for each place however many routes pass it. On a route's
  // page only its own stops are drawn and named.
  const stops = new Map<string, Stop>();
  for (const route of highlighted ? [highlighted] : drawn) {
    route.nodes.forEach((node, index) => {
      if (node.kind === "waypoint") return;
      const point = project(node);
      if (!(point[0] >= 0 && point[0] <= width && point[1] >= 0 && point[1] <= mapHeight)) return;
      const key = nodeKey(node);
      const onMissing = node.toNext === "missing" || route.nodes[index - 1]?.toNext === "missing";
      const isEnd = index === 0 || index === route.nodes.length - 1;
      const stop = stops.get(key) ?? { node, point, routes: [], priority: 0 };
      stop.routes.push(route.slug);
      stop.priority = Math.max(stop.priority, stopPriority(node, stop.routes.length, isEnd, onMissing));
      stops.set(key, stop);
    });
  }
  const stopList = [...stops.values()];

  // The missing link's label goes first, so no stop's label takes its place.
  const titleBox: Box = { x: 0, y: 0, width: textWidth(mapTitle, fontSize) + 16, height: fontSize * 1.6 + 6 };
  const reserved: Box[] = [titleBox];
  const missingLabels = missingLinks
    .filter(
      ({ from, to }, index, all) =>
        all.findIndex((other) => nodeKey(other.a) === nodeKey(missingLinks[index]!.a)) === index && polylinePath([from, to], frame) !== "",
    )
    .map(({ from, to }) => {
      const text = "Missing link";
      const labelWidth = textWidth(text, fontSize);
      const [mx, my] = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
      // To the left of the gap (Astara–Rasht runs north–south along the Caspian shore, the sea to its right).
      const box = { x: mx - 10 - labelWidth, y: my - fontSize * 0.6, width: labelWidth, height: fontSize * 1.2 };
      reserved.push(box);
      return `<text class="cw-label" x="${r1(mx - 10)}" y="${r1(my + fontSize * 0.35)}" text-anchor="end" font-size="${fontSize}" font-weight="600" fill="${missingColour}" style="fill:${missingColour}">${escapeXml(text)}</text>`;
    });
  const labelled = placeLabels(stopList, fontSize, frame, reserved, compact ? 9 : 60);

  const dots = stopList
    .map(
      ({ point: [x, y], node }) =>
        `<circle cx="${r1(x)}" cy="${r1(y)}" r="${compact ? 2.6 : 3.2}" fill="#fff" stroke="#1f1f1f" stroke-width="1.3"><title>${escapeXml(`${node.name} (${node.country})`)}</title></circle>`,
    )
    .join("");
  const labels = labelled
    .map(
      ({ text, x, y, anchor }) =>
        `<text class="cw-label" x="${r1(x)}" y="${r1(y)}" font-size="${fontSize}"${anchor === "start" ? "" : ` text-anchor="${anchor}"`}>${escapeXml(text)}</text>`,
    )
    .join("");

  // Legend of how legs are travelled, below the routes' legend.
  const legTop = legendTop + layout.routeFlow.rows * rowHeight;
  const legKey = (["rail", "road", "sea", "missing"] as const)
    .map((leg, index) => {
      const { x, row } = layout.legFlow.positions[index]!;
      const y = legTop + row * rowHeight + rowHeight / 2;
      const style = legStyles[leg];
      const stroke = leg === "missing" ? missingColour : "#3d3d3d";
      return (
        `<path class="cw-leg" d="M${r1(x)} ${r1(y)}h24" stroke="${stroke}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ""}/>` +
        `<text x="${r1(x + 30)}" y="${r1(y + keyFont * 0.33)}" font-size="${keyFont}">${escapeXml(style.label)}</text>`
      );
    })
    .join("");

  const description = highlighted
    ? `The ${highlighted.name} drawn over country outlines, the other routes muted. ${mapTitle}.`
    : `The ${drawn.length} routes drawn over country outlines, each in its colour. ${mapTitle}.`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="cw-map${highlighted ? " cw-highlighted" : ""}" viewBox="0 0 ${width} ${r1(height)}" width="${width}" height="${r1(height)}" role="group" aria-label="${escapeXml(`Route map. ${mapTitle}`)}">` +
    `<desc>${escapeXml(description)}</desc>` +
    `<style>${styleSheet}</style>` +
    `<rect width="${width}" height="${mapHeight}" fill="#eef3f6"/>` +
    (options.outlinesApart
      ? `<image class="cw-outlines" href="${escapeXml(mapOutlinesUrl(width, r1(mapHeight)))}" x="0" y="0" width="${width}" height="${r1(mapHeight)}" aria-hidden="true"/>`
      : outlinePaths(outlines)) +
    `<g class="cw-routes">${routeMarkup.join("")}</g>` +
    `<g class="cw-stops" aria-hidden="true">${dots}</g>` +
    `<g class="cw-labels" aria-hidden="true">${missingLabels.join("")}${labels}</g>` +
    `<text class="cw-label cw-note" x="8" y="${r1(fontSize + 6)}" font-size="${fontSize}" aria-hidden="true">${escapeXml(mapTitle)}</text>` +
    `<g class="cw-leg-key" aria-hidden="true">${legKey}</g>` +
    `</svg>`
  );
}
