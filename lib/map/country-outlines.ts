import { geoConicEqualArea, geoPath, type GeoProjection } from "d3-geo";
import { merge, mesh } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json" with { type: "json" };
import countries50m from "world-atlas/countries-50m.json" with { type: "json" };

// Country outlines for the schematic route map: Natural Earth admin-0 countries as world-atlas packages them
// (1:50m, or 1:110m for a map narrower than 600 px, where finer detail is lost anyway), so borders are drawn as
// Natural Earth shows them. Projected once per map size and rounded to whole pixels (duplicate points dropped),
// which keeps the SVG small without a simplification pass.

type Countries = Topology<{ countries: GeometryCollection }>;

function outlinesOf(topology: Countries) {
  // Every country in world-atlas is a polygon or a multipolygon.
  const shapes = topology.objects.countries.geometries.filter(
    (shape): shape is Polygon | MultiPolygon => shape.type === "Polygon" || shape.type === "MultiPolygon",
  );
  return {
    land: merge(topology, shapes),
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
}

const detailed = outlinesOf(countries50m as unknown as Countries);
const coarse = outlinesOf(countries110m as unknown as Countries);
export const detailedMinWidth = 600;

type Frame = { west: number; east: number; south: number; north: number };

/**
 * The frame the map is fitted to: the corridor region, roughly 8–84°E, 5–62°N (Khorgos and Chennai inside); a
 * narrow map keeps to the corridor itself (the sea routes leave it westwards), so the INSTC stays readable.
 */
export const mapFrames = {
  wide: { west: 8, east: 84, south: 5, north: 62 },
  compact: { west: 26, east: 82, south: 10, north: 61 },
} as const satisfies Record<string, Frame>;

function framePoints(frame: Frame) {
  const points: [number, number][] = [];
  for (let step = 0; step <= 20; step++) {
    const lon = frame.west + ((frame.east - frame.west) * step) / 20;
    const lat = frame.south + ((frame.north - frame.south) * step) / 20;
    points.push([lon, frame.south], [lon, frame.north], [frame.west, lat], [frame.east, lat]);
  }
  return points;
}

/** An equal-area conic for the region, fitted into `width` × `height` with `padding` pixels to spare. */
export function mapProjection(width: number, height: number, padding: number, compact = false): GeoProjection {
  const frame = compact ? mapFrames.compact : mapFrames.wide;
  return geoConicEqualArea()
    .parallels([20, 50])
    .rotate([-(frame.west + frame.east) / 2, 0])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: "MultiPoint", coordinates: framePoints(frame) },
    );
}

/** A d3 path context writing whole-pixel SVG path data, skipping repeated points and rings that collapse. */
class RoundedPath {
  private parts: string[] = [];
  private ring: [number, number][] = [];

  beginPath() {
    // Each ring starts with moveTo.
  }

  moveTo(x: number, y: number) {
    this.flush();
    this.ring = [[Math.round(x), Math.round(y)]];
  }

  lineTo(x: number, y: number) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
  }

  closePath() {
    this.flush(true);
  }

  arc() {
    // Only points are drawn with arcs, and outlines have none.
  }

  private flush(closed = false) {
    const ring = this.ring;
    this.ring = [];
    if (ring.length < (closed ? 3 : 2)) return;
    const [first, ...rest] = ring;
    // Relative coordinates after the first point: shorter than absolute ones.
    let [px, py] = first!;
    const steps = rest.map(([x, y]) => {
      const step = `${x - px} ${y - py}`;
      [px, py] = [x, y];
      return step;
    });
    this.parts.push(`M${first![0]} ${first![1]}l${steps.join(" ")}${closed ? "z" : ""}`);
  }

  toString() {
    this.flush();
    return this.parts.join("");
  }
}

const cache = new Map<string, { land: string; borders: string }>();

/** SVG path data of the land and of the borders between countries, clipped to the map's `width` × `height`. */
export function countryOutlines(width: number, height: number, padding: number, compact = false): { land: string; borders: string } {
  const key = `${width}x${height}x${padding}x${compact}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const projection = mapProjection(width, height, padding, compact).clipExtent([
    [0, 0],
    [width, height],
  ]);
  const draw = (object: Parameters<ReturnType<typeof geoPath>>[0]) => {
    const context = new RoundedPath();
    geoPath(projection, context)(object);
    return context.toString();
  };
  const source = width >= detailedMinWidth ? detailed : coarse;
  const outlines = { land: draw(source.land), borders: draw(source.borders) };
  if (cache.size > 16) cache.clear();
  cache.set(key, outlines);
  return outlines;
}
