import { signInThroughForm } from "./admin-session";
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

test.describe("the headline cards are the editors'", () => {
  test.use({ allowedApiStatuses: [422] });

  test("a progress card shows its metric against the same source's whole, and an editor changes what it lists in the metric form", async ({
    page,
  }, testInfo) => {
    await page.goto("/");
    // metric-cards.csv: land acquired against the railway's length, with its cost and Russia's loan.
    const card = page.getByRole("region", { name: "Headline figures" }).getByRole("article").nth(2);
    await expect(card).toHaveAccessibleName("Rasht–Astara land acquired: late 2025");
    await expect(card.locator(".figure-value")).toHaveText("95 km");
    const progress = card.getByRole("heading", { level: 4, name: "Progress against: Rasht–Astara railway length" });
    await expect(progress).toBeVisible();
    await expect(card).toContainText("95 km of 164 km");
    await expect(card).toContainText("58%, computed by Corridor Watch from two figures of Report.az.");
    await expect(card).toContainText("Other sources give it as about 163 km (Trend)");
    await expect(card.getByRole("heading", { level: 4 })).toHaveText([
      "Progress against: Rasht–Astara railway length",
      "Older or shorter periods, other sources",
      "Rasht–Astara railway cost",
      "Rasht–Astara Russian loan",
      "Milestones",
    ]);
    await expect(card.getByRole("listitem").filter({ hasText: "Rasht–Astara railway expected completion" })).toContainText("planned");

    await page.goto("/admin/metrics?q=land+acquired");
    await signInThroughForm(page, testInfo.project.name);
    await page.getByRole("link", { name: "Rasht–Astara land acquired", exact: true }).click();
    const whole = page.getByRole("textbox", { name: "Progress against" });
    const listed = page.getByRole("textbox", { name: "Also on its card" });
    await expect(whole).toHaveValue("rasht_astara_length");
    await expect(listed).toHaveValue("rasht_astara_cost\nrasht_astara_russian_loan");
    // A whole in another unit is refused beside the field, and nothing is saved.
    await whole.fill("rasht_astara_cost");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(whole).toHaveAccessibleDescription(
      /rasht_astara_cost is counted in EUR bn, this metric in km: progress needs the same unit/,
    );
    await whole.fill("rasht_astara_length");
    await listed.fill("rasht_astara_land_budget\nrasht_astara_cost");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    try {
      await page.goto("/");
      await expect(card.getByRole("heading", { level: 4 })).toHaveText([
        "Progress against: Rasht–Astara railway length",
        "Older or shorter periods, other sources",
        "Rasht–Astara land budget",
        "Rasht–Astara railway cost",
        "Milestones",
      ]);
    } finally {
      // Back as seeded, for the other tests: a new version with the seed's values.
      await page.goto("/admin/metrics?q=land+acquired");
      await page.getByRole("link", { name: "Rasht–Astara land acquired", exact: true }).click();
      await listed.fill("rasht_astara_cost\nrasht_astara_russian_loan");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    }
  });
});

test("the overview's timeline lists the events around today, and the whole timeline has every event", async ({ page }) => {
  await page.goto("/");
  const timeline = page.getByRole("region", { name: "Timeline" });
  const items = timeline.getByRole("listitem");
  // At most 12 up to today and 6 after it (lib/dashboard/timeline-window.ts), of the seed's 61.
  expect(await items.count()).toBeLessThanOrEqual(18);
  expect(await items.count()).toBeGreaterThanOrEqual(12);
  await expect(items.filter({ hasText: "Rasht–Astara railway expected completion" })).toHaveCount(1);
  await expect(items.filter({ hasText: "Russian Railways says Russia has agreed to co-finance" })).toHaveCount(0);
  await expect(timeline).toContainText(
    /The \d+ events around today, of 61 events; the \d+ earlier( and \d+ later)? are on the whole timeline\./,
  );
  await timeline.getByRole("link", { name: "the whole timeline" }).click();

  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Timeline");
  const all = page.getByRole("region", { name: "Timeline" }).getByRole("listitem");
  await expect(all).toHaveCount(61);
  await expect(all.first()).toContainText("INSTC dry runs");
  await expect(all.filter({ hasText: "Russian Railways says Russia has agreed to co-finance" })).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Download CSV of every event" })).toHaveAttribute("href", "/api/csv/events");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every section of the overview shows: none waits for a script to reveal it", async ({ page }) => {
    await page.goto("/");
    for (const name of ["Headline figures", "Where the routes run", "How the INSTC compares", "Trends", "Timeline"])
      await expect(page.getByRole("region", { name })).toBeVisible();
    await expect(page.getByRole("region", { name: "Headline figures" }).getByRole("article")).toHaveCount(3);
  });
});
