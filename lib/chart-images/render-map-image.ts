import { bordersNote, mapTitle, renderRouteMap, routeMapHeight, routesBeyondFrame, type RouteMapData } from "../map/render-route-map";
import { listInWords } from "../charts/describe-chart";
import { renderImageFrame, type ImageContext, type ImageFrame } from "./image-frame";

// The route map as an image: the page's own drawing (lib/map) inside the image frame, with its title, its note on
// borders, what it is drawn from, the licence and the address. Route links point at the site, absolute.

/** The map's proportions on the page's wide drawing (1000 × 790). */
const aspect = 0.79;

export function mapImageTitle(data: RouteMapData, highlight?: string): string {
  const route = data.routes.find((candidate) => candidate.slug === highlight);
  return route ? `Where the ${route.name} runs` : "Where the routes between Russia and India run";
}

/** The map framed for an image; its route links point at `origin`, since the image is seen outside the site. */
export function mapImageFrame(data: RouteMapData, options: { highlight?: string }, context: { origin: string }): ImageFrame {
  const { highlight } = options;
  return {
    title: mapImageTitle(data, highlight),
    subtitle: `${mapTitle}. Each route drawn through its ports, border crossings and terminals${highlight ? ", the others muted" : ""}.`,
    description: `Route map. ${mapTitle}.`,
    body: (width) => {
      const height = Math.round(width * aspect);
      const svg = renderRouteMap(data, { width, height, highlight, linkBase: context.origin });
      return { svg, height: routeMapHeight(data, width, height) };
    },
    legend: [],
    notes: [
      "Each route is drawn through its stops, not along its track, and no length is taken from it.",
      bordersNote,
      ...(() => {
        const beyond = routesBeyondFrame(data, 1000, 790).map((route) => route.name);
        return beyond.length > 0 ? [`${listInWords(beyond)} ${beyond.length === 1 ? "runs" : "run"} partly beyond the frame.`] : [];
      })(),
    ],
    sources: {
      text: "Drawn from: route nodes compiled by Corridor Watch (public geography); country outlines from Natural Earth, via the world-atlas package.",
    },
  };
}

export function renderMapImage(data: RouteMapData, options: { highlight?: string }, context: ImageContext & { origin: string }): string {
  return renderImageFrame(mapImageFrame(data, options, context), context);
}
