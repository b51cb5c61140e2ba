import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The public figure list's reader controls, through the page as a reader uses them: a text search, a source
// filter and sorting by a column header or the "Sort by" field, each written into the URL (so a reload or a shared
// link shows the same list) and followed by the CSV link. Read-only, on the seed data.

/** The texts of one column of the list, found by its header. */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  const table = page.getByRole("table");
  const headers = (await table.locator("thead th").allTextContents()).map((text) => text.trim());
  const index = headers.indexOf(header);
  expect(index, `a "${header}" column`).toBeGreaterThanOrEqual(0);
  return (await table.locator(`tbody tr > :nth-child(${index + 1})`).allTextContents()).map((text) => text.trim());
}

const asNumber = (text: string) => Number(text.replace(/[^\d.−-]/g, "").replace("−", "-"));
const status = (page: Page): Locator => page.getByRole("status").filter({ hasText: /figure/i });

test("a search, then a sort by column header, are kept in the URL and followed by the CSV link", async ({ page }) => {
  await page.goto("/figures");
  await page.getByLabel("Search").fill("Astara");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/figures\?q=Astara$/);
  await expect(status(page)).toHaveText(/^\d+ figures: matching “Astara”$/);
  const rows = page.getByRole("table").locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(3);
  for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain("astara");
  await expect(page.getByRole("link", { name: /^Download CSV/ })).toHaveAttribute("href", "/api/csv/figures?q=Astara");

  const valueHeader = page.getByRole("columnheader", { name: "Value" });
  await valueHeader.getByRole("link").click();
  await expect(page).toHaveURL(/\/figures\?q=Astara&sort=value&dir=asc$/);
  await expect(valueHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(status(page)).toHaveText(/sorted by value \(ascending\)$/);
  await expect
    .poll(async () => (await columnTexts(page, "Value")).map(asNumber))
    .toEqual([...(await columnTexts(page, "Value")).map(asNumber)].sort((a, b) => a - b));
  const ascending = (await columnTexts(page, "Value")).map(asNumber);
  expect(ascending[0]).toBeLessThan(ascending.at(-1)!);

  await valueHeader.getByRole("link").click();
  await expect(page).toHaveURL(/\/figures\?q=Astara&sort=value&dir=desc$/);
  await expect(valueHeader).toHaveAttribute("aria-sort", "descending");
  await expect.poll(async () => (await columnTexts(page, "Value")).map(asNumber)).toEqual([...ascending].sort((a, b) => b - a));
  // The CSV is the selection; the order is the page's.
  await expect(page.getByRole("link", { name: /^Download CSV/ })).toHaveAttribute("href", "/api/csv/figures?q=Astara");

  // The URL is the state: reloading renders the same list on the server, the fields showing it.
  await page.reload();
  await expect(page.getByLabel("Search")).toHaveValue("Astara");
  await expect(page.getByLabel("Sort by")).toHaveValue("value");
  await expect(page.getByLabel("Order")).toHaveValue("desc");
  expect((await columnTexts(page, "Value")).map(asNumber)).toEqual([...ascending].sort((a, b) => b - a));
});

test("the source filter keeps only the figures citing that publisher", async ({ page }) => {
  await page.goto("/figures");
  await page.getByLabel("Source").fill("Trend");
  await page.getByLabel("Source").press("Enter");
  await expect(page).toHaveURL(/\/figures\?source=Trend$/);
  await expect(status(page)).toHaveText(/^\d+ figures: source Trend$/);
  const sources = await columnTexts(page, "Source");
  expect(sources.length).toBeGreaterThan(3);
  expect(sources.every((text) => text.startsWith("Trend,"))).toBe(true);
  await expect(page.getByRole("link", { name: /^Download CSV/ })).toHaveAttribute("href", "/api/csv/figures?source=Trend");
  const { total } = (await (await page.request.get("/api/figures?source=Trend")).json()) as { total: number };
  expect(total).toBe(sources.length);
});

test("on a phone, where the list is cards, the Sort by field orders it", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/figures?route=chennai-vladivostok");
  await page.getByLabel("Sort by").selectOption({ label: "Period" });
  await expect(page).toHaveURL(/\/figures\?route=chennai-vladivostok&sort=period&dir=asc$/);
  await page.getByLabel("Order").selectOption("desc");
  await expect(page).toHaveURL(/\/figures\?route=chennai-vladivostok&sort=period&dir=desc$/);
  await expect(status(page)).toHaveText(/sorted by period \(descending\)$/);
  const first = await page.getByRole("table").locator("tbody tr").first().boundingBox();
  expect(first!.width).toBeLessThanOrEqual(375);
});

test("a bad order or search is explained in the reader's words, and the API says the same", async ({ page }) => {
  await page.goto("/figures?sort=colour&q=ab");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("The list cannot be sorted by “colour”");
  await expect(alert).toContainText("Search for at least 3 characters (“ab” is too short to look up)");
  const api = await page.request.get("/api/figures?sort=colour&q=ab");
  expect(api.status()).toBe(400);
  expect((await api.json()).issues).toEqual([
    "Search for at least 3 characters (“ab” is too short to look up)",
    "The list cannot be sorted by “colour”: sort by metric, route, subject, period, value, unit, status, source, as-of, note",
  ]);
});

// The explorer pushes each new selection, order or page (components/url-state/address.ts), as a link or the filter
// form without scripts would, so Back and Forward step through the lists the reader has seen.
test("each new selection or order is a step in the history: Back and Forward show the list as it was", async ({ page }) => {
  await page.goto("/figures");
  await expect(status(page)).toHaveText(/: all figures$/);
  await page.getByLabel("Search").fill("Astara");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/figures\?q=Astara$/);
  await expect(status(page)).toHaveText(/^\d+ figures: matching “Astara”$/);
  await page.getByRole("columnheader", { name: "Value" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/figures\?q=Astara&sort=value&dir=asc$/);

  await page.goBack();
  await expect(page).toHaveURL(/\/figures\?q=Astara$/);
  await expect(status(page)).toHaveText(/^\d+ figures: matching “Astara”$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/figures$/);
  await expect(status(page)).toHaveText(/: all figures$/);
  await expect(page.getByLabel("Search")).toHaveValue("");
  await page.goForward();
  await expect(page).toHaveURL(/\/figures\?q=Astara$/);
  await expect(page.getByLabel("Search")).toHaveValue("Astara");
});
