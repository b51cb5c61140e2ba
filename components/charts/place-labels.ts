// Places text labels beside points so that no two labels, and no label and a marker, overlap, and every label stays
// inside the plot: each label tries its preferred side first, then the others; a label that fits nowhere is left
// out (its marker's shape still names the source in the legend). Pure, so the rule is tested without a browser.

export type Rect = { x: number; y: number; width: number; height: number };
/** `height`: the text's whole line box (about 1.3 times its font size), descenders included. */
export type LabelRequest = { key: string; x: number; y: number; width: number; height: number; prefer: "above" | "below" };
export type PlacedLabel = { key: string; x: number; y: number; anchor: "start" | "end"; baseline: "auto" | "hanging"; box: Rect };

const GAP = 8;

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function candidate(request: LabelRequest, vertical: "above" | "below", side: "right" | "left"): PlacedLabel {
  const x = side === "right" ? request.x + GAP : request.x - GAP;
  const y = vertical === "above" ? request.y - GAP - 1 : request.y + GAP + 1;
  // A label above sits on its baseline, and its descenders reach a fifth of its height below it; one below hangs
  // from its top.
  const box = {
    x: side === "right" ? x : x - request.width,
    y: vertical === "above" ? y - request.height * 0.8 : y - 1,
    width: request.width,
    height: request.height,
  };
  return { key: request.key, x, y, anchor: side === "right" ? "start" : "end", baseline: vertical === "above" ? "auto" : "hanging", box };
}

/** `obstacles`: the markers (and anything else labels must not cover); `bounds`: the plot. */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Rect[], bounds: Rect): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const inside = (box: Rect) =>
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height;
  for (const request of requests) {
    const other = request.prefer === "above" ? "below" : "above";
    const options = [
      candidate(request, request.prefer, "right"),
      candidate(request, request.prefer, "left"),
      candidate(request, other, "right"),
      candidate(request, other, "left"),
    ];
    const fit = options.find(
      (option) =>
        inside(option.box) &&
        !obstacles.some((obstacle) => overlaps(option.box, obstacle)) &&
        !placed.some((label) => overlaps(option.box, label.box)),
    );
    if (fit) placed.push(fit);
  }
  return placed;
}
