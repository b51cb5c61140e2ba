import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

// SVG to PNG with resvg, given DejaVu Sans from the dejavu-fonts-ttf package and no system fonts, so an image is
// drawn the same on every machine. (A woff/woff2 font would make resvg silently draw no text: TTF only.)

// Read at run time from the package folder under the project (where `next start` runs): the bundler cannot bundle
// TTF files as modules, and rewrites require.resolve, so the path is built from the working directory.
const fontFiles = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"].map((file) =>
  path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", file),
);

/** Pixels per CSS pixel of the image: 2× makes a 1200-wide chart 2400 px, enough for print. */
export const pngScale = 2;

/** `scale` pixels per CSS pixel: print size by default; 1 for a social card, whose size is its pixels. */
export function svgToPng(svg: string, scale = pngScale): { png: Buffer; width: number; height: number } {
  // Without its font resvg would draw an image with no text at all: refuse instead.
  const missing = fontFiles.find((file) => !existsSync(file));
  if (missing) throw new Error(`The PNG font is missing: ${missing} (run npm ci)`);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
