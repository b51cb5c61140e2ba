import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Text in a chart never collides: in every chart's SVG, no two text elements (axis ticks, route names, value
// labels, event numbers, source labels) overlap, and no text lies over a data mark (a point or a bar) other than
// its own. Checked by the boxes Chromium lays out, on the overview, a route page and a dense metric page, at a
// phone's width and a laptop's.

type Box = { x: number; y: number; width: number; height: number };
type Collision = { chart: string; a: string; b: string };

/** Every overlap of more than a pixel each way, between texts and between a text and a mark, in each chart. */
async function collisions(page: Page): Promise<Collision[]> {
  return page.evaluate(() => {
    const overlap = (a: Box, b: Box) =>
      Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;
    const found: { chart: string; a: string; b: string }[] = [];
    const charts = [...document.querySelectorAll("figure")].filter((figure) => figure.querySelector("svg.recharts-surface"));
    for (const figure of charts) {
      const chart = figure.querySelector("h2, h3, h4")?.textContent ?? "chart";
      const svg = figure.querySelector("svg.recharts-surface")!;
      const texts = [...svg.querySelectorAll("text")]
        .filter((text) => (text.textContent ?? "").trim() !== "")
        .map((text) => ({ element: text, label: (text.textContent ?? "").trim(), box: text.getBoundingClientRect() }));
      const marks = [...svg.querySelectorAll("g.cw-point > :first-child, g.cw-bar > rect")].map((mark) => ({
        element: mark,
        group: mark.parentElement,
        box: mark.getBoundingClientRect(),
      }));
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          if (overlap(texts[i]!.box, texts[j]!.box)) found.push({ chart, a: texts[i]!.label, b: texts[j]!.label });
        }
        for (const mark of marks) {
          // A value label belongs to its own bar or point: it sits beside it, which the layout already ensures.
          if (mark.group?.contains(texts[i]!.element)) continue;
          if (overlap(texts[i]!.box, mark.box))
            found.push({ chart, a: texts[i]!.label, b: `a mark (${mark.group?.getAttribute("data-value") ?? "bar"})` });
        }
      }
    }
    return found;
  });
}

/**
 * Scrolls through the page so every lazily drawn chart is drawn, then waits for the drawings to settle. The page's
 * height is read again at each step: sections off screen are laid out at a placeholder height until they come near
 * (the overview's `content-visibility`), so the page grows or shrinks as it is scrolled.
 */
async function drawEveryChart(page: Page) {
  const step = await page.evaluate(() => window.innerHeight);
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < (await height()); y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  await expect(page.getByRole("status", { name: "Loading chart" })).toHaveCount(0);
  await page.waitForTimeout(300);
}

for (const width of [375, 1280]) {
  for (const path of ["/", "/routes/suez", "/metrics/suez_revenue_change"]) {
    test(`no chart text collides on ${path} at ${width} px`, async ({ page }) => {
      // A route page is long, with a dozen charts drawn one by one as they scroll into view.
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await drawEveryChart(page);
      expect(await page.locator("figure svg.recharts-surface").count()).toBeGreaterThan(0);
      expect(await collisions(page)).toEqual([]);
    });
  }
}
