import {
  bordersNote,
  mapTitle,
  pageMapSizes,
  renderRouteMap,
  routesBeyondFrame,
  type MapRoute,
  type RouteMapData,
} from "@/lib/map/render-route-map";
import type { RouteLeg, RouteNodeKind } from "@/lib/routes/route-nodes";
import { mapImageTitle } from "@/lib/chart-images/render-map-image";
import { ChartDownloads } from "./charts/chart-downloads";
import { StaticHtml } from "./static-html";
import styles from "./route-map.module.css";
import type { AsOf } from "@/lib/filters/as-of";
import { ColumnHeads } from "@/components/tables/column-heads";

// The schematic route map, drawn on the server by the pure renderer (lib/map) and inlined: no script, no tiles.
// Two sizes are inlined and CSS shows one, since the server cannot know the reader's screen: the narrow drawing
// keeps to the corridor and names only its main stops. Beside it, each route's nodes as a table. The country
// outlines, decoration and most of the bytes, are an image of their own (/api/map-outlines/…), fetched once and
// cached, rather than inlined into the HTML and again into React's payload.

const { wide, compact } = pageMapSizes;

const kindLabels: Record<RouteNodeKind, string> = {
  port: "Port",
  city: "City",
  border: "Border crossing",
  terminal: "Terminal",
  chokepoint: "Strait or canal",
  waypoint: "Turn of the path",
};
const legLabels: Record<RouteLeg, string> = { rail: "Rail", road: "Road", sea: "Sea", missing: "Missing link" };

function listText(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function NodesTable({ route }: { route: MapRoute }) {
  return (
    <table className={styles.nodes}>
      <caption>{route.name}</caption>
      <ColumnHeads columns={["#", "Node", "Kind", "Leg to the next"]} />
      <tbody>
        {route.nodes.map((node, index) => (
          <tr key={index} className={node.kind === "waypoint" ? styles.waypoint : undefined}>
            <td>{index + 1}</td>
            <td>
              {node.kind === "waypoint" ? `via ${node.name}` : node.name}
              {node.country !== "—" && node.kind !== "waypoint" ? `, ${node.country}` : ""}
            </td>
            <td>{kindLabels[node.kind]}</td>
            <td className={node.toNext === "missing" ? styles.missing : undefined}>{node.toNext ? legLabels[node.toNext] : "End"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RouteMap({
  data,
  highlight,
  headingId,
  asOf = null,
}: {
  data: RouteMapData;
  highlight?: string;
  headingId: string;
  /** The moment the page shows: the map's downloads and embed are of it too. */
  asOf?: AsOf;
}) {
  const drawn = data.routes.filter((route) => route.nodes.length >= 2);
  const tabled = highlight ? drawn.filter((route) => route.slug === highlight) : drawn;
  if (tabled.length === 0) return <p>{highlight ? "This route has no path on the map yet." : "No route has a path for the map yet."}</p>;
  const beyond = routesBeyondFrame(data, wide.width, wide.height)
    .filter((route) => tabled.includes(route))
    .map((route) => route.name);
  // The renderer escapes every text it puts in, so its output is trusted markup.
  return (
    <>
      <figure className={styles.map} aria-labelledby={headingId}>
        <div
          className={styles.wide}
          dangerouslySetInnerHTML={{ __html: renderRouteMap(data, { ...wide, highlight, outlinesApart: true }) }}
        />
        <div
          className={styles.compact}
          dangerouslySetInnerHTML={{ __html: renderRouteMap(data, { ...compact, highlight, outlinesApart: true }) }}
        />
      </figure>
      <p className={styles.note}>
        {mapTitle}: each route is drawn through its stops, not along its track, and no length is taken from it. {bordersNote}
        {beyond.length > 0
          ? ` ${listText(beyond)} ${beyond.length === 1 ? "runs" : "run"} partly beyond the frame; the table lists every node.`
          : ""}
      </p>
      <div className={styles.downloads}>
        <ChartDownloads
          chart={{ chart: "map", ...(highlight ? { route: highlight } : {}), ...(asOf ? { asOf } : {}) }}
          title={mapImageTitle(data, highlight)}
        />
      </div>
      <StaticHtml as="details" className={styles.tables}>
        <summary>
          {highlight ? "The route's nodes in order (the map as a table)" : "Each route's nodes in order (the map as a table)"}
        </summary>
        {tabled.map((route) => (
          <NodesTable key={route.slug} route={route} />
        ))}
      </StaticHtml>
    </>
  );
}
