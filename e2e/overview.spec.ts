import { expect, test } from "./fixtures";

test("the overview's headline cards are the featured metrics in the editors' order, each led by its most recent figure", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The North–South corridor in figures");
  const headline = page.getByRole("region", { name: "Headline figures" });
  const cards = headline.getByRole("article");
  // metric-featured.csv: trade growth first, then transit through Azerbaijan; the Rasht–Astara project card follows.
  await expect(cards.first()).toHaveAccessibleName("Russia–Iran trade growth: 2025 vs 2024");
  await expect(cards.nth(1)).toHaveAccessibleName("North–South transit through Azerbaijan: 2024");
  const trade = cards.first();
  await expect(trade.locator(".figure-value")).toHaveText("+22%");
  await expect(trade).toContainText("Source: Lenta.ru");
  await expect(trade).toContainText("reported");
  // Older and shorter periods beneath, the full year 2024 (not its Jan–Apr) among them.
  const beneath = trade.getByRole("listitem");
  await expect(beneath.first()).toContainText("Jan–Sep 2025 vs Jan–Sep 2024");
  await expect(beneath.filter({ hasText: "2024 vs 2023" }).first()).toContainText("+13%");
  await expect(trade.getByRole("link", { name: "All 25 figures: Russia–Iran trade growth" })).toHaveAttribute(
    "href",
    "/metrics/russia_iran_trade_growth",
  );
  // Transit leads with its full year 2024, and its change is computed only where the same period a year earlier exists.
  await expect(cards.nth(1).locator(".figure-value")).toHaveText("814,000 t");
});

test("the health route reports the database, its migrations and the seeded figures", async ({ request }, testInfo) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const health = await response.json();
  expect(health).toMatchObject({
    ok: true,
    database: { kind: testInfo.project.name },
    migrations: { pending: [], failed: [] },
    figures: 798,
  });
  expect(health.migrations.applied).toBeGreaterThanOrEqual(2);
});
