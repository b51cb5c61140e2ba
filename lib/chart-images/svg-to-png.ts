import "server-only";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";

// SVG to PNG with resvg, given DejaVu Sans from the dejavu-fonts-ttf package and no system fonts, so an image is
// drawn the same on every machine. (A woff/woff2 font would make resvg silently draw no text: TTF only.)

const require = createRequire(import.meta.url);
const fontFiles = ["dejavu-fonts-ttf/ttf/DejaVuSans.ttf", "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf", "dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf"].map((file) => require.resolve(file));

/** Pixels per CSS pixel of the image: 2× makes a 1200-wide chart 2400 px, enough for print. */
export const pngScale = 2;

export function svgToPng(svg: string): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: pngScale },
    background: "#ffffff",
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
