"use client";

// Text widths for laying out SVG labels (wrapping names, leaving room for values). Measured with a canvas in the
// browser, in the page's own font; the estimate is only a fallback where no canvas exists.

let context: CanvasRenderingContext2D | null | undefined;

export function measureText(text: string, fontSize: number, fontWeight: 400 | 600 = 400): number {
  if (context === undefined) {
    context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  }
  if (!context) return text.length * fontSize * 0.62;
  const family = getComputedStyle(document.documentElement).fontFamily || "system-ui, sans-serif";
  context.font = `${fontWeight} ${fontSize}px ${family}`;
  return context.measureText(text).width;
}
