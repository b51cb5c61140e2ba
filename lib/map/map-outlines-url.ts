// The address of a map's country outlines (app/api/map-outlines/[file]), named by the map's width and the height of its
// frame: the outlines are a pure function of the two (renderMapOutlines), so the address needs no other state.

/** Sizes outside these are refused, so an address cannot ask for an image of any size. */
export const outlineBounds = { width: { min: 200, max: 2400 }, height: { min: 100, max: 2400 } } as const;

export function mapOutlinesUrl(width: number, frameHeight: number): string {
  return `/api/map-outlines/${width}x${frameHeight}.svg`;
}

/** Reads back what mapOutlinesUrl writes ("1000x714.3.svg"): whole pixels wide, tenths of a pixel tall; else null. */
export function parseMapOutlinesFile(file: string): { width: number; height: number } | null {
  const match = /^(\d{3,4})x(\d{3,4}(?:\.\d)?)\.svg$/.exec(file);
  if (!match) return null;
  const [width, height] = [Number(match[1]), Number(match[2])];
  const within = (value: number, bounds: { min: number; max: number }) => value >= bounds.min && value <= bounds.max;
  return within(width, outlineBounds.width) && within(height, outlineBounds.height) && mapOutlinesUrl(width, height).endsWith(`/${file}`)
    ? { width, height }
    : null;
}
