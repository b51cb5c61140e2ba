import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";

// The columns a reader cites (metric, value, unit, status, source, as-of) are on screen without scrolling sideways,
// on a desktop and on a phone, in every list of figures: the figure list, a route page and a metric page. The cells
// are found through the table's own column headers, so the test does not depend on how a layout draws them.

const widths = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 375, height: 740 },
] as const;

type Case = { path: string; table: (page: Page) => Locator; columns: string[] };

const cases: Case[] = [
  {
    path: "/figures",
    table: (page) => page.getByRole("table").first(),
    columns: ["Metric", "Value", "Unit", "Status", "Source", "As of"],
  },
  {
    path: "/routes/instc-west",
    table: (page) => page.locator("section[aria-labelledby=figures-heading]").getByRole("table"),
    columns: ["Metric", "Value", "Unit", "Status", "Source", "As of"],
  },
  {
    // A metric page's list leaves the metric out of its rows: the table's caption names it, once.
    path: "/metrics/russia_iran_trade_turnover",
    table: (page) => page.locator("section[aria-labelledby=figures-heading]").getByRole("table"),
    columns: ["Value", "Unit", "Status", "Source", "As of"],
  },
];

/**
 * Fails unless the element lies horizontally inside the viewport and inside every box that clips it (a scrolling
 * table wrapper): nothing is scrolled first, so a cell that only a sideways scroll would bring in fails.
 */
async function expectInsideViewport(page: Page, locator: Locator, what: string) {
  const placement = await locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    let left = 0;
    let right = document.documentElement.clientWidth;
    for (let box = element.parentElement; box; box = box.parentElement) {
      if (getComputedStyle(box).overflowX === "visible") continue;
      const clip = box.getBoundingClientRect();
      left = Math.max(left, clip.left);
      right = Math.min(right, clip.right);
    }
    return { start: rect.left, end: rect.right, width: rect.width, left, right };
  });
  expect(placement.width, `${what} has a width`).toBeGreaterThan(0);
  // Fractions of a pixel are rounding, not clipping.
  expect(placement.start, `${what} starts on screen`).toBeGreaterThanOrEqual(placement.left - 0.5);
  expect(placement.end, `${what} ends on screen (visible up to ${placement.right} px)`).toBeLessThanOrEqual(placement.right + 0.5);
}

for (const size of widths) {
  for (const { path, table, columns } of cases) {
    test(`${path} at ${size.width} px shows every cited column of a figure without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(path);
      const figures = table(page);
      await expect(figures).toBeVisible();
      const headers = (await figures.locator("thead th").allTextContents()).map((text) => text.trim());
      const row = figures.locator("tbody tr").first();
      for (const column of columns) {
        const index = headers.indexOf(column);
        expect(index, `the table has a "${column}" column`).toBeGreaterThanOrEqual(0);
        const cell = row.locator(":scope > td, :scope > th").nth(index);
        await expect(cell).not.toBeEmpty();
        await expectInsideViewport(page, cell, `the first figure's ${column}`);
      }
      if (!columns.includes("Metric")) await expectInsideViewport(page, figures.locator("caption"), "the caption naming the metric");
      const overflow = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(overflow.scroll, "the page does not scroll sideways").toBeLessThanOrEqual(overflow.client);
      if (size.name === "phone") await expectNoSeriousViolations(page);
    });
  }
}

test("the overview and every page's footer offer all the data as one CSV, beside what its columns mean", async ({ page }) => {
  await page.goto("/");
  const main = page.getByRole("main");
  const footer = page.getByRole("contentinfo");
  for (const where of [main, footer]) {
    await expect(where.getByRole("link", { name: "Download all data (CSV)" })).toHaveAttribute("href", "/api/csv/figures");
    await expect(where.getByRole("link", { name: "What the columns mean (metadata)" })).toHaveAttribute(
      "href",
      "/api/csv/figures/metadata",
    );
  }
  await page.goto("/figures");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Download all data (CSV)" })).toBeVisible();
  const metadata = await page.request.get("/api/csv/figures/metadata");
  expect(metadata.status()).toBe(200);
  const all = await page.request.get("/api/csv/figures");
  expect(all.status()).toBe(200);
  expect(all.headers()["content-type"]).toMatch(/^text\/csv/);
});
