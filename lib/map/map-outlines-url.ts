import type { PageMapSize } from "./render-route-map";

/** The country outlines of the page's map at one of its sizes, as an SVG image (app/api/map-outlines/[file]). */
export function mapOutlinesUrl(size: PageMapSize): string {
  return `/api/map-outlines/${size}.svg`;
}
